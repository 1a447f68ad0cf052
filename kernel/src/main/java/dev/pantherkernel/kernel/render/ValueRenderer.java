package dev.pantherkernel.kernel.render;

import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.Renderer;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;

/**
 * jjava's renderer, with a value's plain text bounded ({@link ValueText}): written that way when no registered renderer
 * shows the value, cut when one wrote more (jjava's own for a {@link CharSequence} writes it whole).
 */
public final class ValueRenderer extends Renderer {

    @Override
    protected DisplayData finalizeDisplayData(DisplayData data, Object value) {
        Object text = data.getData(MIMEType.TEXT_PLAIN);
        if (text == null) {
            data.putText(ValueText.of(value));
        } else if (text instanceof String written) {
            data.putText(ValueText.cut(written));
        }
        return data;
    }
}
