package io.runj.cli;

import java.util.List;
import java.util.Optional;

import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;

/** runc's words for a command called without its arguments: {@code "kill" requires a minimum of 1 argument(s)}. */
final class Arity {
    private Arity() {
    }

    static Optional<String> missingArgumentMessage(ParameterException ex) {
        if (!(ex instanceof MissingParameterException missing)
                || missing.getMissing().stream().noneMatch(a -> a instanceof PositionalParamSpec)) {
            return Optional.empty();
        }
        List<PositionalParamSpec> positionals = ex.getCommandLine().getCommandSpec().positionalParameters();
        int min = 0;
        boolean exact = ex.getCommandLine().getCommandSpec().unmatchedArgsBindings().isEmpty();
        for (PositionalParamSpec p : positionals) {
            min += p.arity().min();
            exact &= p.arity().min() == p.arity().max();
        }
        String name = ex.getCommandLine().getCommandName();
        return Optional.of("\"" + name + "\" requires " + (exact ? "exactly " : "a minimum of ") + min + " argument(s)");
    }
}
