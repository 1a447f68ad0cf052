package dev.pantherkernel.kernel.render.picture;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class ChartPictureTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode figure(String json) throws Exception {
        return JSON.readTree(json.replace('\'', '"'));
    }

    private static Document parsed(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    }

    private static List<String> texts(Document svg) {
        NodeList nodes = svg.getElementsByTagName("text");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(nodes.item(i).getTextContent());
        }
        return out;
    }

    /** The rectangles drawn in {@code colour}: bars are subpaths of one path per colour. */
    private static int bars(Document svg, String colour) {
        NodeList paths = svg.getElementsByTagName("path");
        int bars = 0;
        for (int i = 0; i < paths.getLength(); i++) {
            Element path = (Element) paths.item(i);
            if (path.getAttribute("fill").equals(colour)) {
                bars += (int) Pattern.compile("z").matcher(path.getAttribute("d")).results().count();
            }
        }
        return bars;
    }

    @Test
    void aBarChartsPictureHasOneBarPerCategoryWithTheCategoryLabelsAndItsTitle() throws Exception {
        String svg = ChartPicture.svg(figure("{'data': [{'type': 'bar', 'x': ['HIGH', 'LOW', 'MEDIUM'], 'y': [3, 4, 7],"
                + " 'marker': {'color': '#1f77b4'}}], 'layout': {'title': {'text': 'Alerts by severity'}}}"));

        Document picture = parsed(svg);
        assertThat(picture.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(picture.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(bars(picture, "#1f77b4")).isEqualTo(3);
        assertThat(texts(picture)).contains("HIGH", "LOW", "MEDIUM", "Alerts by severity");
    }

    @Test
    void stackedBarsDrawOneBarPerCategoryAndSeriesAndNameEachSeriesInTheLegend() throws Exception {
        String svg = ChartPicture.svg(figure("{'data': ["
                + "{'type': 'bar', 'name': 'open', 'x': ['a', 'b'], 'y': [1, 2], 'marker': {'color': '#111111'}},"
                + "{'type': 'bar', 'name': 'closed', 'x': ['a', 'b'], 'y': [3, 0], 'marker': {'color': '#222222'}}],"
                + " 'layout': {'barmode': 'stack'}}"));

        Document picture = parsed(svg);
        assertThat(bars(picture, "#111111")).isEqualTo(2);
        // a zero is no bar
        assertThat(bars(picture, "#222222")).isEqualTo(1);
        assertThat(texts(picture)).contains("open", "closed");
    }

    @Test
    void aPieHasOneSlicePerLabelWithItsShare() throws Exception {
        String svg = ChartPicture.svg(figure("{'data': [{'type': 'pie', 'labels': ['HIGH', 'LOW'], 'values': [1, 3]}],"
                + " 'layout': {}}"));

        Document picture = parsed(svg);
        assertThat(picture.getElementsByTagName("path").getLength()).isEqualTo(2);
        assertThat(texts(picture)).contains("25%", "75%", "HIGH", "LOW");
    }

    @Test
    void aLineChartIsOnePolylineThroughEveryPoint() throws Exception {
        String svg = ChartPicture.svg(figure("{'data': [{'type': 'scatter', 'mode': 'lines', 'x': [1, 2, 3, 4],"
                + " 'y': [5, 1, 4, 2]}], 'layout': {}}"));

        NodeList lines = parsed(svg).getElementsByTagName("polyline");
        assertThat(lines.getLength()).isEqualTo(1);
        assertThat(((Element) lines.item(0)).getAttribute("points").trim().split("\\s+")).hasSize(4);
    }

    /** Markup in a title is plotly's text markup: its tags are left out, as plotly shows them; never elements. */
    @Test
    void thePictureIsValidXmlWhateverItsTextsHold() throws Exception {
        String svg = ChartPicture.svg(figure("{'data': [{'type': 'bar', 'x': ['<b>&amp;', 'a\\u0001b', '\\u201cq\\u201d'],"
                + " 'y': [1, 2, 3]}], 'layout': {'title': {'text': '</svg><script>alert(1)</script>'}}}"));

        Document picture = parsed(svg);
        assertThat(picture.getElementsByTagName("script").getLength()).isZero();
        assertThat(texts(picture)).contains("alert(1)", "<b>&amp;", "ab", "\u201cq\u201d");
    }

    @Test
    void aKindItCannotDrawStillGetsItsTitleAndSaysWhereItDraws() throws Exception {
        String svg = ChartPicture.svg(figure("{'data': [{'type': 'heatmap', 'z': [[1, 2], [3, 4]]}],"
                + " 'layout': {'title': {'text': 'Heat'}}}"));

        assertThat(texts(parsed(svg))).contains("Heat")
                .anyMatch(t -> t.contains("(heatmap)") && t.contains("draws where scripts run"));
    }
}
