package dev.pantherkernel.magics.command;

/** Usage text a command returns; a value of its own type so front ends can render it as preformatted text. */
record HelpText(String text) {

    @Override
    public String toString() {
        return text;
    }
}
