package id.go.bnn.pasarbersinar.reporting.internal;

import id.go.bnn.pasarbersinar.reporting.Figure;
import id.go.bnn.pasarbersinar.reporting.ReportTable;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;

/**
 * The dashboard's charts, drawn by JFreeChart on the server: as SVG through Batik's SVG generator (for the screen,
 * served as {@code image/svg+xml} to an {@code <img>}, where no script in it could ever run; Batik writes every text
 * as escaped XML) and as PNG (for the PDF). Each chart shows one table's sales and income, in millions of rupiah.
 */
@Component
public class ReportCharts {

    /** Groups beyond this many are left out of the chart (the table beside it lists them all). */
    public static final int MAX_BARS = 15;

    private static final Color SALES = new Color(0x1f, 0x6f, 0x8b);
    private static final Color INCOME = new Color(0xe0, 0x8e, 0x2b);

    /** What a chart needs: the table, its title and the two series' names, already translated. */
    public record Spec(ReportTable table, String title, String salesLabel, String incomeLabel, String axisLabel) {
    }

    public byte[] svg(Spec spec, int width, int height) {
        try {
            Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().getDOMImplementation()
                    .createDocument("http://www.w3.org/2000/svg", "svg", null);
            SVGGeneratorContext context = SVGGeneratorContext.createDefault(document);
            context.setComment(null);
            SVGGraphics2D graphics = new SVGGraphics2D(context, false);
            graphics.setSVGCanvasSize(new java.awt.Dimension(width, height));
            chart(spec).draw(graphics, new Rectangle(width, height));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
                graphics.stream(writer, true);
            }
            graphics.dispose();
            return out.toByteArray();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] png(Spec spec, int width, int height) {
        BufferedImage image = chart(spec).createBufferedImage(width, height);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    JFreeChart chart(Spec spec) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        List<ReportTable.Row> rows = spec.table().rows();
        boolean horizontal = spec.table().dimension() != ReportTable.Dimension.MONTH;
        if (horizontal && rows.size() > MAX_BARS) {
            rows = rows.subList(0, MAX_BARS);
        }
        Function<ReportTable.Row, Double> millions = row -> Figure.SALES.of(row.figures()).longValue() / 1_000_000.0;
        for (ReportTable.Row row : rows) {
            String category = shorten(row.label());
            data.addValue(millions.apply(row), spec.salesLabel(), category);
            data.addValue(row.figures().income().rupiah() / 1_000_000.0, spec.incomeLabel(), category);
        }
        JFreeChart chart = ChartFactory.createBarChart(spec.title(), null, spec.axisLabel(), data,
                horizontal ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL, true, false, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xdd, 0xdd, 0xdd));
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setOutlineVisible(false);
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, SALES);
        renderer.setSeriesPaint(1, INCOME);
        renderer.setItemMargin(0.05);
        CategoryAxis categories = plot.getDomainAxis();
        categories.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        if (!horizontal && rows.size() > 6) {
            categories.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        NumberAxis values = (NumberAxis) plot.getRangeAxis();
        values.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        values.setNumberFormatOverride(new java.text.DecimalFormat("#,##0.#", java.text.DecimalFormatSymbols.getInstance(java.util.Locale.of("id"))));
        if (rows.stream().allMatch(row -> row.figures().sales().rupiah() == 0 && row.figures().income().rupiah() == 0)) {
            // Nothing sold yet: an axis from 0 to 1 million rather than JFreeChart's ±5E-9 around zero.
            values.setRange(0, 1);
        }
        return chart;
    }

    private static String shorten(String label) {
        return label.length() <= 28 ? label : label.substring(0, 27) + "…";
    }
}
