package org.geokg.cli;

import java.util.concurrent.Callable;
import org.geokg.sys.ExitCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** PLACEHOLDER (owner: eval helper): scores extraction against gold files. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score the extractor against gold files (not built yet).")
final class EvalCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("geokg eval: not built yet");
        return ExitCode.FAILED;
    }
}
