package dev.pantherkernel.kernel.session;

import dev.pantherkernel.magics.session.NotebookHost;
import org.dflib.jjava.jupyter.kernel.JupyterIO;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;

import java.util.UUID;

/**
 * A status line in the cell, shown with display_data and rewritten in place with update_display_data. Closing it
 * takes it away: with clear_output when it is the cell's only output, so a saved notebook keeps no trace of it;
 * otherwise (the cell printed something too, which clearing would lose) by emptying it. Updates come at most every
 * quarter second.
 */
public final class DisplayProgress implements NotebookHost.Progress {

    private static final long MIN_INTERVAL_NANOS = 250_000_000L;

    private final JupyterIO io;
    private final CellOutputs outputs;
    private final String id = UUID.randomUUID().toString();
    private boolean shown;
    private int outputsBefore;
    private long lastUpdate;

    public DisplayProgress(JupyterIO io, CellOutputs outputs) {
        this.io = io;
        this.outputs = outputs;
    }

    @Override
    public synchronized void update(String text) {
        long now = System.nanoTime();
        if (shown && now - lastUpdate < MIN_INTERVAL_NANOS) {
            return;
        }
        lastUpdate = now;
        DisplayData data = new DisplayData(text);
        data.setDisplayId(id);
        if (shown) {
            io.display.updateDisplay(data);
        } else {
            outputsBefore = outputs.count();
            io.display.display(data);
            shown = true;
        }
    }

    @Override
    public synchronized void close() {
        if (!shown) {
            return;
        }
        if (outputsBefore == 0 && outputs.count() == 1) {
            outputs.clear();
        } else {
            DisplayData empty = new DisplayData("");
            empty.setDisplayId(id);
            io.display.updateDisplay(empty);
        }
    }
}
