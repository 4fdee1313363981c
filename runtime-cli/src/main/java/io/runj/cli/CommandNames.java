package io.runj.cli;

import java.lang.reflect.Field;
import java.util.HashSet;
import java.util.Set;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Finds which subcommand a command line names, without building picocli's model of them all. */
final class CommandNames {
    /** The global options that take a separate value ("--root DIR"), read off GlobalOptions. */
    private static final Set<String> WITH_VALUE = new HashSet<>();

    static {
        for (Field f : GlobalOptions.class.getDeclaredFields()) {
            Option o = f.getAnnotation(Option.class);
            if (o != null && f.getType() != boolean.class && !o.arity().startsWith("0")) {
                WITH_VALUE.addAll(java.util.List.of(o.names()));
            }
        }
    }

    private CommandNames() {
    }

    /** The first argument that is neither a global option nor an option's value; null if none. */
    static String find(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("-")) {
                return a;
            }
            if (WITH_VALUE.contains(a)) {
                i++;
            }
        }
        return null;
    }

    static String nameOf(Class<?> command) {
        return command.getAnnotation(Command.class).name();
    }
}
