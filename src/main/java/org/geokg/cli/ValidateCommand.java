package org.geokg.cli;

import java.util.concurrent.Callable;
import org.geokg.kg.Shapes;
import org.geokg.store.GeoKgStore;
import org.geokg.sys.ExitCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code geokg validate}: checks the store against the SHACL shapes ({@code ontology/shapes.ttl}). */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check the knowledge graph against the SHACL shapes and print a readable report.",
        footer = {"", "Exit codes: 0 conforms, 1 violations found.", "", "Example: geokg validate"})
final class ValidateCommand implements Callable<Integer> {

    @ParentCommand
    GeoKgMain main;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Shapes.Report report;
        try (GeoKgStore store = main.openStore()) {
            report = store.validate();
        }
        spec.commandLine().getOut().println(report.text());
        spec.commandLine().getOut().flush();
        if (report.conforms()) {
            spec.commandLine().getErr().println("conforms: no SHACL violations");
            return ExitCode.OK;
        }
        spec.commandLine().getErr().println(report.violations() + " SHACL violation"
                + (report.violations() == 1 ? "" : "s"));
        return ExitCode.FAILED;
    }
}
