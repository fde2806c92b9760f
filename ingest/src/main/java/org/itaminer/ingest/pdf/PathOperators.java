package org.itaminer.ingest.pdf;

import java.awt.geom.Point2D;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.util.Matrix;

/**
 * The path-construction and path-painting operators (m l c v y re h n, S s f F f* B B* b b*), taught to
 * the text stripper so that one pass over a page's content stream yields glyphs and ruling lines
 * together; PDFBox's own graphics operators need a second, graphics-only engine, which parsed and
 * decoded every page twice. Points go through the current transformation matrix into user space and
 * on to a {@link RulingCollector}; clipping (W, W*) only shapes what is shown and is ignored.
 */
final class PathOperators {

    private interface Action {
        void run(List<COSBase> operands, Matrix ctm);
    }

    private static final class PathOperator extends OperatorProcessor {
        private final String name;
        private final Action action;

        PathOperator(PDFStreamEngine context, String name, Action action) {
            super(context);
            this.name = name;
            this.action = action;
        }

        @Override
        public void process(Operator operator, List<COSBase> operands) {
            action.run(operands, getContext().getGraphicsState().getCurrentTransformationMatrix());
        }

        @Override
        public String getName() {
            return name;
        }
    }

    private PathOperators() {
    }

    static void register(PDFStreamEngine engine, RulingCollector sink) {
        add(engine, "m", 2, (o, m) -> {
            Point2D p = point(o, 0, m);
            sink.moveTo((float) p.getX(), (float) p.getY());
        });
        add(engine, "l", 2, (o, m) -> {
            Point2D p = point(o, 0, m);
            sink.lineTo((float) p.getX(), (float) p.getY());
        });
        add(engine, "c", 6, (o, m) -> curve(sink, point(o, 4, m)));
        add(engine, "v", 4, (o, m) -> curve(sink, point(o, 2, m)));
        add(engine, "y", 4, (o, m) -> curve(sink, point(o, 2, m)));
        add(engine, "re", 4, (o, m) -> {
            float x = number(o, 0);
            float y = number(o, 1);
            float w = number(o, 2);
            float h = number(o, 3);
            sink.appendRectangle(m.transformPoint(x, y), m.transformPoint(x + w, y),
                    m.transformPoint(x + w, y + h), m.transformPoint(x, y + h));
        });
        add(engine, "h", 0, (o, m) -> sink.closePath());
        add(engine, "n", 0, (o, m) -> sink.endPath());
        add(engine, "S", 0, (o, m) -> sink.strokePath());
        add(engine, "s", 0, (o, m) -> {
            sink.closePath();
            sink.strokePath();
        });
        for (String fill : new String[] {"f", "F", "f*"}) {
            add(engine, fill, 0, (o, m) -> sink.fillPath(0));
        }
        for (String both : new String[] {"B", "B*"}) {
            add(engine, both, 0, (o, m) -> sink.fillAndStrokePath(0));
        }
        for (String both : new String[] {"b", "b*"}) {
            add(engine, both, 0, (o, m) -> {
                sink.closePath();
                sink.fillAndStrokePath(0);
            });
        }
    }

    private static void add(PDFStreamEngine engine, String name, int operands, Action action) {
        engine.addOperator(new PathOperator(engine, name, (o, m) -> {
            if (o.size() < operands) {
                return; // a malformed operator draws nothing
            }
            for (int i = 0; i < operands; i++) {
                if (!(o.get(i) instanceof COSNumber)) {
                    return;
                }
            }
            action.run(o, m);
        }));
    }

    private static void curve(RulingCollector sink, Point2D end) {
        sink.curveTo(0, 0, 0, 0, (float) end.getX(), (float) end.getY());
    }

    private static Point2D point(List<COSBase> o, int i, Matrix m) {
        return m.transformPoint(number(o, i), number(o, i + 1));
    }

    private static float number(List<COSBase> o, int i) {
        return ((COSNumber) o.get(i)).floatValue();
    }
}
