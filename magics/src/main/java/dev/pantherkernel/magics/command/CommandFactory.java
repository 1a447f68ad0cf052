package dev.pantherkernel.magics.command;

import picocli.CommandLine;

import java.lang.reflect.Constructor;

/** Makes command objects for picocli, handing those that want it the {@link CommandContext}. */
final class CommandFactory implements CommandLine.IFactory {

    private final CommandContext context;

    CommandFactory(CommandContext context) {
        this.context = context;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        for (Constructor<?> constructor : type.getDeclaredConstructors()) {
            Class<?>[] parameters = constructor.getParameterTypes();
            if (parameters.length == 1 && parameters[0] == CommandContext.class) {
                constructor.setAccessible(true);
                return type.cast(constructor.newInstance(context));
            }
        }
        return CommandLine.defaultFactory().create(type);
    }
}
