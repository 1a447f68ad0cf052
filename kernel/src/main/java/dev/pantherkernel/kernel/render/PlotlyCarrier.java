package dev.pantherkernel.kernel.render;

import java.util.Collection;

/**
 * Which chart output carries plotly.js for its notebook: a notebook's HTML, however it is made (nbconvert, JupyterLab's
 * Export As HTML, a notebook run by nbconvert), draws its charts offline only if one of its outputs holds the library,
 * and a copy in every chart would make notebooks huge. The first chart a session draws carries it; when the cell whose
 * output carries it runs again (its outputs are replaced) or is deleted, the next chart carries it again. JupyterLab
 * and Notebook 7 name the cell of each request and the cells deleted since the last one; a front end that names
 * none (nbconvert, the classic Notebook) gets one copy a session.
 *
 * <p>What a kernel cannot see, a user clearing that one output and keeping others, leaves charts without the library:
 * they show their pictures, and {@code panther-run --saved} adds the library to the page.
 */
public final class PlotlyCarrier {

    private boolean carried;
    private String carryingCell;
    private String runningCell;

    /** A cell starts: {@code cellId} as the front end names it (null if it does not), the cells deleted since the last. */
    public synchronized void cellStarts(String cellId, Collection<String> deletedCells) {
        runningCell = cellId;
        if (carried && carryingCell != null && (carryingCell.equals(cellId) || deletedCells.contains(carryingCell))) {
            carried = false;
            carryingCell = null;
        }
    }

    /** Whether the chart being rendered now must carry the library (and from now on, that it does). */
    synchronized boolean takeTurn() {
        if (carried) {
            return false;
        }
        carried = true;
        carryingCell = runningCell;
        return true;
    }

}
