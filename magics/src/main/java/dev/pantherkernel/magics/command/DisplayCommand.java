package dev.pantherkernel.magics.command;

import dev.pantherkernel.magics.core.UsageException;
import dev.pantherkernel.magics.table.Facts;
import dev.pantherkernel.magics.table.Result;
import dev.pantherkernel.magics.table.TableDisplay;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code %panther display}: how much of every table this notebook's session shows from now on (rows, value width,
 * footer); without options it says what is set. One result is shown whole with {@code --full} on its command.
 */
@Command(name = "display", header = "How much of every table the notebook shows from now on: rows, value width, footer.",
        description = "Set how much of every table the notebook shows from now on (no option: show "
        + "what is set). A table of up to --rows rows is shown whole, a longer one as its first and last rows; a value "
        + "longer than --width characters is cut, its whole text on hover. 0 means no limit. --full on any command "
        + "shows that one table whole. A value's text in the output stops at 10,000 characters; the table holds it all.",
        footer = {"%nExamples:", "  %%panther display --rows 100 --width 0", "  %%panther display --reset"})
final class DisplayCommand implements Callable<Result> {

    private final CommandContext context;

    @Option(names = "--rows", paramLabel = "N", description = "Show tables of up to N rows whole (0: every row; default 25).")
    Integer rows;

    @Option(names = "--width", paramLabel = "N", description = "Cut values longer than N characters (0: never; default 48).")
    Integer width;

    @Option(names = "--footer", paramLabel = "short|full", completionCandidates = Footers.class,
            description = "The footer on one line, its facts in full on hover (short, the default), or every fact in full.")
    TableDisplay.Footer footer;

    @Option(names = "--reset", description = "Back to the defaults.")
    boolean reset;

    DisplayCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public Result call() {
        TableDisplay display = reset ? TableDisplay.DEFAULT : context.session().display();
        if (rows != null) {
            display = display.withRows(atLeastZero("--rows", rows));
        }
        if (width != null) {
            display = display.withWidth(atLeastZero("--width", width));
        }
        if (footer != null) {
            display = display.withFooter(footer);
        }
        context.session().display(display);
        Facts facts = new Facts().put("rows", display.describeRows()).put("width", display.describeWidth())
                .put("footer", display.footer().name().toLowerCase(Locale.ROOT));
        return Result.newResult(facts.table("display")).operation("display").build();
    }

    /** The footer's forms in the lower case help writes them. */
    public static final class Footers extends LowerCaseNames {
        public Footers() {
            super(TableDisplay.Footer.values());
        }
    }

    private static int atLeastZero(String option, int value) {
        if (value < 0) {
            throw new UsageException(option + " " + value + " is not a count: give 0 (no limit) or more");
        }
        return value;
    }
}
