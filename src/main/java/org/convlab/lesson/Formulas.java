package org.convlab.lesson;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks that a formula parses with JLaTeXMath, the renderer the player uses, within a time and
 * size bound: lessons are data. Before JLaTeXMath sees a formula, {@link #limits} refuses what
 * could hang it or overflow its stack (a self-recursive or exponentially expanding macro, deep
 * brace nesting, a huge formula); the parse itself then runs on a worker thread with a timeout:
 * one of the executor the application hands over with {@link #useExecutor}, or (command line,
 * tests, or once that executor is shut down) one of a pool made here on first use.
 */
public final class Formulas {
    public static final int MAX_LENGTH = 4000;
    public static final int MAX_BRACE_DEPTH = 40;
    /** Characters the formula may have once every macro is expanded. */
    public static final long MAX_EXPANDED = 20_000;
    /** A safety net behind {@link #limits}; the first parse also loads JLaTeXMath's fonts and tables. */
    static final long TIMEOUT_MILLIS = 5000, FIRST_TIMEOUT_MILLIS = 60_000;
    private static volatile boolean warm;

    private static final Pattern NEWCOMMAND = Pattern.compile("\\\\(?:re|provide)?newcommand\\*?\\s*\\{?\\s*\\\\([A-Za-z]+|.)\\s*\\}?\\s*(?:\\[\\d\\]\\s*)?(?:\\[[^\\]]*\\]\\s*)?\\{");
    private static final Pattern DEF = Pattern.compile("\\\\[gex]?def\\s*\\\\([A-Za-z]+|.)[^{]*\\{");
    private static final Pattern COMMAND = Pattern.compile("\\\\([A-Za-z]+|.)");
    private static volatile Executor given;
    private static ExecutorService fallback;

    private Formulas() { }

    /** Parses formulas on {@code e} from now on (null: on the pool made here). */
    public static void useExecutor(Executor e) { given = e; }

    private static synchronized ExecutorService fallback() {
        if (fallback == null) {
            fallback = Executors.newCachedThreadPool(r -> {
                Thread t = new Thread(r, "convlab-formula");
                t.setDaemon(true);
                return t;
            });
        }
        return fallback;
    }

    private static void start(FutureTask<String> task) {
        Executor e = given;
        if (e != null) {
            try {
                e.execute(task);
                return;
            } catch (RejectedExecutionException closed) {
                // the application's executor is shut down: parse on the pool made here
            }
        }
        fallback().execute(task);
    }

    /** Null if {@code tex} parses, else the reason (one line). */
    public static String error(String tex) {
        if (tex.isBlank()) return "the formula is empty";
        String limit = limits(tex);
        if (limit != null) return limit;
        FutureTask<String> f = new FutureTask<>(() -> {
            new org.scilab.forge.jlatexmath.TeXFormula(tex);
            return null;
        });
        start(f);
        try {
            String r = f.get(warm ? TIMEOUT_MILLIS : FIRST_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
            warm = true;
            return r;
        } catch (TimeoutException e) {
            f.cancel(true);
            return "the formula takes too long to read (more than " + TIMEOUT_MILLIS / 1000 + " s)";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "the check was interrupted";
        } catch (ExecutionException e) {
            warm = true;
            Throwable c = e.getCause();
            if (c instanceof StackOverflowError) return "the formula is nested too deeply";
            if (c instanceof Error) return "the formula cannot be read";
            String m = c.getMessage();
            return m == null ? "JLaTeXMath cannot read it" : m.replaceAll("\\s+", " ").trim();
        }
    }

    /** Null if the formula is within the size, nesting and macro limits, else why not. */
    public static String limits(String tex) {
        if (tex.length() > MAX_LENGTH) return "the formula has " + tex.length() + " characters; the limit is " + MAX_LENGTH;
        int depth = 0, max = 0;
        for (int i = 0; i < tex.length(); i++) {
            char c = tex.charAt(i);
            if (c == '\\') { i++; continue; }
            if (c == '{') max = Math.max(max, ++depth);
            else if (c == '}') depth--;
        }
        if (max > MAX_BRACE_DEPTH) return "braces are nested " + max + " deep; the limit is " + MAX_BRACE_DEPTH;
        Map<String, String> macros = new HashMap<>();
        for (Pattern p : new Pattern[] {NEWCOMMAND, DEF}) {
            Matcher m = p.matcher(tex);
            while (m.find()) {
                int end = closingBrace(tex, m.end());
                macros.put(m.group(1), tex.substring(m.end(), end));
            }
        }
        if (macros.isEmpty()) return null;
        Map<String, Long> sizes = new HashMap<>();
        for (String name : macros.keySet()) {
            long size = expanded(name, macros, sizes, new ArrayList<>());
            if (size < 0) return "the macro \\" + name + " calls itself (directly or through another macro)";
            if (size > MAX_EXPANDED) return "the macro \\" + name + " expands to more than " + MAX_EXPANDED + " characters";
        }
        long total = 0;
        Matcher m = COMMAND.matcher(tex);
        while (m.find()) total += sizes.getOrDefault(m.group(1), 0L);
        if (total > MAX_EXPANDED) return "the formula's macros expand to more than " + MAX_EXPANDED + " characters";
        return null;
    }

    /** Expanded length of a macro's body; −1 if it is recursive. Sizes are capped just above the limit. */
    private static long expanded(String name, Map<String, String> macros, Map<String, Long> sizes, List<String> path) {
        Long known = sizes.get(name);
        if (known != null) return known;
        if (path.contains(name)) return -1;
        path.add(name);
        String body = macros.get(name);
        long size = body.length();
        Matcher m = COMMAND.matcher(body);
        while (m.find()) {
            if (!macros.containsKey(m.group(1))) continue;
            long s = expanded(m.group(1), macros, sizes, path);
            if (s < 0) return -1;
            size = Math.min(MAX_EXPANDED + 1, size + s);
        }
        path.remove(path.size() - 1);
        sizes.put(name, size);
        return size;
    }

    private static int closingBrace(String s, int from) {
        int depth = 1;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') { i++; continue; }
            if (c == '{') depth++;
            else if (c == '}' && --depth == 0) return i;
        }
        return s.length();
    }
}
