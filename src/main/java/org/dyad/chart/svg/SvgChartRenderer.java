package org.dyad.chart.svg;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Pattern;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.io.IOAccess;
import org.graalvm.polyglot.proxy.ProxyExecutable;

import tools.jackson.databind.node.ObjectNode;

/**
 * Draws an ECharts option as SVG on the server with ECharts' own SVG renderer (server-side
 * rendering), in a GraalJS context: the PDF's charts come from the very options the dashboard draws,
 * by the very library. The ECharts build is the version the dashboard bundles ({@code @NpmPackage} on {@code EChart};
 * a test keeps the two equal), its {@code dist/echarts.min.js} kept in {@code src/main/resources/echarts}.
 *
 * <p>A context runs one script at a time, so charts are drawn one after another. The first chart
 * pays for loading ECharts (seconds, GraalJS interprets here); {@link #warmUp()} does that ahead.
 */
public class SvgChartRenderer implements AutoCloseable {

    private static final Pattern STYLE = Pattern.compile("<style[^>]*>.*?</style>", Pattern.DOTALL);

    private final ReentrantLock lock = new ReentrantLock();
    private final TextMeasure measure = new TextMeasure();
    private Engine engine;
    private Context context;
    private Value render;

    /**
     * The option as an SVG document {@code width} × {@code height} pixels. The SVG's style block
     * (animation rules only) is left out: the PDF renderer's SVG reader rejects it.
     */
    public String svg(ObjectNode option, int width, int height) {
        String json = option.toString();
        lock.lock();
        try {
            String svg = renderer().execute(json, width, height).asString();
            return STYLE.matcher(svg).replaceAll("");
        } finally {
            lock.unlock();
        }
    }

    /** Loads ECharts and draws one small chart, so the next report does not wait for it. */
    public void warmUp() {
        ObjectNode option = tools.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        option.putObject("xAxis").put("type", "category").putArray("data").add("a");
        option.putObject("yAxis").put("type", "value");
        option.putArray("series").addObject().put("type", "bar").putArray("data").add(1);
        svg(option, 200, 100);
    }

    /** The version of the ECharts build that draws the charts. */
    public String echartsVersion() {
        lock.lock();
        try {
            renderer();
            return context.getBindings("js").getMember("echarts").getMember("version").asString();
        } finally {
            lock.unlock();
        }
    }

    private Value renderer() {
        if (render == null) {
            engine = Engine.newBuilder("js").option("engine.WarnInterpreterOnly", "false").build();
            context = Context.newBuilder("js").engine(engine)
                    .allowHostAccess(HostAccess.NONE).allowIO(IOAccess.NONE)
                    .allowCreateThread(false).allowNativeAccess(false)
                    .build();
            context.getBindings("js").putMember("dyadMeasureText",
                    (ProxyExecutable) args -> measure.width(args[0].asString(), args[1].asString()));
            context.eval(script("echarts.min.js"));
            context.eval(script("dyad-ssr.js"));
            render = context.getBindings("js").getMember("dyadRenderSvg");
        }
        return render;
    }

    private static Source script(String name) {
        try (Reader in = new InputStreamReader(SvgChartRenderer.class.getResourceAsStream("/echarts/" + name),
                StandardCharsets.UTF_8)) {
            return Source.newBuilder("js", in, name).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        lock.lock();
        try {
            if (context != null) {
                context.close(true);
                engine.close();
                context = null;
                render = null;
            }
        } finally {
            lock.unlock();
        }
    }
}
