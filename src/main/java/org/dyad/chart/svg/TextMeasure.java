package org.dyad.chart.svg;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Widths of chart labels in the font the PDF embeds (DejaVu Sans from the classpath), so ECharts lays
 * out axis labels, legends and titles for the glyphs that will be drawn. Arabic is measured shaped.
 */
public final class TextMeasure {

    /** Where the report's fonts live on the classpath (jasperreports-fonts). */
    public static final String FONT_DIR = "/net/sf/jasperreports/fonts/dejavu/";
    public static final String FAMILY = "DejaVu Sans";

    private static final Pattern SIZE = Pattern.compile("(\\d+(?:\\.\\d+)?)px");
    private static final Pattern WEIGHT = Pattern.compile("\\b(bold|bolder|[6-9]00)\\b");
    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

    private final Font regular = load("DejaVuSans.ttf");
    private final Font bold = load("DejaVuSans-Bold.ttf");
    private final ConcurrentHashMap<String, Double> cache = new ConcurrentHashMap<>();

    /** The width in pixels of {@code text} in a CSS font shorthand such as {@code "bold 12px sans-serif"}. */
    public double width(String text, String cssFont) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        String key = cssFont + '\u0000' + text;
        Double known = cache.get(key);
        if (known != null) {
            return known;
        }
        Matcher size = SIZE.matcher(cssFont);
        float px = size.find() ? Float.parseFloat(size.group(1)) : 12f;
        Font font = (WEIGHT.matcher(cssFont.toLowerCase(Locale.ROOT)).find() ? bold : regular).deriveFont(px);
        double width = 0;
        for (String line : text.split("\n", -1)) {
            width = Math.max(width, line.isEmpty() ? 0 : new TextLayout(line, font, CONTEXT).getAdvance());
        }
        if (cache.size() < 50_000) {
            cache.put(key, width);
        }
        return width;
    }

    public static InputStream font(String file) {
        InputStream in = TextMeasure.class.getResourceAsStream(FONT_DIR + file);
        if (in == null) {
            throw new IllegalStateException("font missing from the classpath: " + FONT_DIR + file);
        }
        return in;
    }

    private static Font load(String file) {
        try (InputStream in = font(file)) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("unreadable font " + file, e);
        }
    }
}
