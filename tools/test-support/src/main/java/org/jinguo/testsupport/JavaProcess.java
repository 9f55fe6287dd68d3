package org.jinguo.testsupport;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Another JVM started by a test: a service jar, or a main class on the test's own classpath.
 * Its output goes to a log file under target/, so a failing test can be diagnosed.
 */
public final class JavaProcess implements AutoCloseable {

    private final Process process;
    private final Path log;

    private JavaProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** Runs {@code mainClass} on this JVM's classpath with the given program arguments. */
    public static JavaProcess startMainClass(Class<?> mainClass, String heap, List<String> args) {
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx" + heap, "-cp", System.getProperty("java.class.path"), mainClass.getName()));
        command.addAll(args);
        return start(command, mainClass.getSimpleName());
    }

    /** Runs an executable jar with the given program arguments. */
    public static JavaProcess startJar(Path jar, String heap, List<String> args) {
        return startJar(jar, heap, List.of(), args);
    }

    /** Runs an executable jar with JVM options (e.g. a garbage collector, a flight recording) and program arguments. */
    public static JavaProcess startJar(Path jar, String heap, List<String> jvmOptions, List<String> args) {
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx" + heap));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString()));
        command.addAll(args);
        return start(command, jar.getFileName().toString());
    }

    private static JavaProcess start(List<String> command, String name) {
        try {
            Path logs = Path.of("target", "process-logs");
            Files.createDirectories(logs);
            Path log = logs.resolve(name + "-" + System.nanoTime() + ".log");
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            return new JavaProcess(process, log);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + name, e);
        }
    }

    private static String javaBinary() {
        return ProcessHandle.current().info().command()
                .orElse(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java");
    }

    /** The operating system's id of the process, e.g. for {@code jcmd} or its CPU time. */
    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Ends the JVM at once, as a crash or {@code kill -9} would. */
    public void kill() {
        process.destroyForcibly();
        waitForExit();
    }

    public Path log() {
        return log;
    }

    @Override
    public void close() {
        process.destroy();
        waitForExit();
    }

    private void waitForExit() {
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
