package org.convlab;

import org.convlab.app.AppLog;
import org.convlab.app.Display;
import org.convlab.cli.ConvLabCli;

/**
 * Entry point of {@code convlab.jar}. With no arguments it opens the app; with a command it runs
 * headless (see {@link ConvLabCli}). It is deliberately not a JavaFX {@code Application}, so the
 * jar starts from the class path with JavaFX as plain dependencies. Without a display it prints
 * one line and exits with 2 instead of a stack trace.
 */
public final class Launcher {
    private Launcher() { }

    public static void main(String[] args) {
        if (args.length > 0) System.exit(ConvLabCli.run(args));
        String problem = Display.problemHere();
        if (problem != null) {
            System.err.println(problem);
            System.exit(2);
        }
        AppLog.start(org.convlab.ui.Settings.home());
        try {
            javafx.application.Application.launch(org.convlab.ui.ConvLabApp.class);
        } catch (RuntimeException | Error e) {
            AppLog.error("the window could not be opened", e);
            String m = e.getMessage();
            System.err.println("convlab: the window could not be opened" + (m == null || m.isBlank() ? "" : ": " + m.lines().findFirst().orElse(""))
                    + (AppLog.folder() == null ? "" : " (details in " + AppLog.folder() + ")"));
            System.exit(2);
        }
    }
}
