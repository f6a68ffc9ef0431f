package org.convlab.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The headless command line. Every command has {@code --help}; any error prints one line on
 * stderr and exits with code 2 (see {@link CliErrors}).
 */
@Command(name = "convlab", mixinStandardHelpOptions = true, versionProvider = org.convlab.app.AppInfo.class,
        description = "Teaching factorized convolutions. With no command, opens the app.",
        subcommands = {
            CommandLine.HelpCommand.class,
            CostCommand.class,
            ConvolveCommand.class,
            FactorCommand.class,
            FactorLayerCommand.class,
            LessonsCommand.class,
            BenchCommand.class,
            RooflineCommand.class,
            ExportCommand.class,
            SnapshotCommand.class,
            EvaluateCommand.class,
        })
public final class ConvLabCli implements Runnable {

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs a command line and returns the process exit code (0 ok, 2 error). */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new ConvLabCli());
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler(CliErrors::onParameterError);
        cl.setExecutionExceptionHandler(CliErrors::onExecutionError);
        try {
            return cl.execute(args);
        } catch (Throwable t) { // OutOfMemoryError, StackOverflowError: still one line and exit 2
            return CliErrors.onUncaught(t, err, args);
        }
    }
}
