package id.go.bnn.pasarbersinar.demo;

import static id.go.bnn.pasarbersinar.demo.DemoBags.*;
import static id.go.bnn.pasarbersinar.demo.DemoBrush.*;
import static id.go.bnn.pasarbersinar.demo.DemoFabrics.alpha;
import static id.go.bnn.pasarbersinar.demo.DemoFabrics.c;
import static id.go.bnn.pasarbersinar.demo.DemoFabrics.mix;

import id.go.bnn.pasarbersinar.demo.DemoFabrics.Fabric;
import id.go.bnn.pasarbersinar.demo.DemoObjects.Look;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.LinearGradientPaint;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.QuadCurve2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;

/** Cloth as it is shown: hanging from a rod, a shawl draped over one, a folded stack, a runner, a wall hanging, a rolled mat. */
final class DemoCloths {

    private DemoCloths() {
    }

    /** Folded cloth in a stack, for the scene on the table. */
    static void foldedStack(Graphics2D g, Fabric fabric, Fabric under, double cx, double baseY, double width) {
        shadow(g, cx, baseY + 6, width * 0.62, 34, 110);
        double layer = 58;
        for (int i = 0; i < 3; i++) {
            Fabric f = i == 1 && under != null ? under : fabric;
            double w = width - i * 18;
            double y = baseY - (i + 1) * layer;
            RoundRectangle2D front = new RoundRectangle2D.Double(cx - w / 2, y, w, layer, 46, 46);
            fill(g, front, f.paint());
            g.setPaint(new GradientPaint(0, (float) y, alpha(Color.BLACK, 20), 0, (float) (y + layer), alpha(Color.BLACK, 110)));
            g.fill(front);
            if (i == 2) {
                Path2D top = new Path2D.Double();
                top.moveTo(cx - w / 2 + 6, y + 16);
                top.lineTo(cx - w / 2 + 60, y - 150);
                top.lineTo(cx + w / 2 - 60, y - 150);
                top.lineTo(cx + w / 2 - 6, y + 16);
                top.closePath();
                fill(g, top, f.paint());
                shade(g, top, 40, 60);
            }
        }
    }

    static void hangingCloth(Graphics2D g, Look look) {
        double left = 250 + look.random().nextInt(30);
        double right = 1000 - left;
        double top = 190;
        double bottom = 800 + look.random().nextInt(25);
        Path2D cloth = new Path2D.Double();
        cloth.moveTo(left, top);
        cloth.lineTo(right, top);
        cloth.curveTo(right + 10, 400, right - 8, 600, right + 6, bottom);
        for (double x = right; x >= left; x -= 20) {
            cloth.lineTo(x, bottom + 8 * Math.sin(x / 37.0));
        }
        cloth.curveTo(left - 10, 600, left + 8, 400, left, top);
        cloth.closePath();
        shadow(g, 500, 860, 300, 26, 60);
        g.setColor(alpha(Color.BLACK, 36));
        g.fill(AffineTransform.getTranslateInstance(16, 18).createTransformedShape(cloth));
        fill(g, cloth, look.fabric().paint());
        folds(g, cloth, look.random(), 6, 70);
        shade(g, cloth, 50, 70);
        fringe(g, left + 8, right - 8, bottom, look.fabric().base(), 36);
        rod(g, left - 50, right + 50, top - 6);
        Rectangle2D wrap = new Rectangle2D.Double(left, top - 22, right - left, 30);
        fill(g, wrap, look.fabric().paint());
        g.setPaint(new GradientPaint(0, (float) (top - 22), alpha(Color.WHITE, 50), 0, (float) (top + 8), alpha(Color.BLACK, 90)));
        g.fill(wrap);
    }

    static void shawl(Graphics2D g, Look look) {
        rod(g, 260, 740, 230);
        double[][] strands = {{330, 520, 790}, {470, 655, 740}};
        shadow(g, 500, 860, 220, 20, 50);
        for (double[] strand : strands) {
            Path2D path = new Path2D.Double();
            path.moveTo(strand[0], 230);
            path.lineTo(strand[1], 230);
            path.curveTo(strand[1] + 14, 420, strand[1] - 20, 600, strand[1] + 10, strand[2]);
            path.lineTo(strand[0] + 14, strand[2] + 12);
            path.curveTo(strand[0] - 18, 600, strand[0] + 12, 420, strand[0], 230);
            path.closePath();
            g.setColor(alpha(Color.BLACK, 40));
            g.fill(AffineTransform.getTranslateInstance(14, 14).createTransformedShape(path));
            fill(g, path, look.fabric().paint());
            folds(g, path, look.random(), 3, 60);
            shade(g, path, 50, 80);
            fringe(g, strand[0] + 18, strand[1] + 6, strand[2] + 4, look.fabric().base(), 34);
        }
        Path2D over = new Path2D.Double();
        over.moveTo(320, 236);
        over.quadTo(490, 170, 665, 236);
        over.quadTo(490, 205, 320, 236);
        fill(g, over, look.fabric().paint());
        shade(g, over, 60, 60);
    }

    static void rod(Graphics2D g, double x0, double x1, double y) {
        RoundRectangle2D rod = new RoundRectangle2D.Double(x0, y - 12, x1 - x0, 24, 24, 24);
        g.setPaint(new GradientPaint(0, (float) (y - 12), mix(WOOD, Color.WHITE, 0.3), 0, (float) (y + 12), WOOD.darker()));
        g.fill(rod);
        for (double x : new double[] {x0, x1}) {
            g.setPaint(new GradientPaint(0, (float) (y - 20), mix(WOOD, Color.WHITE, 0.2), 0, (float) (y + 20), WOOD.darker().darker()));
            g.fill(new Ellipse2D.Double(x - 18, y - 20, 36, 40));
        }
    }

    static void runner(Graphics2D g, Look look) {
        Path2D table = new Path2D.Double();
        table.moveTo(150, 560);
        table.lineTo(850, 560);
        table.lineTo(930, 760);
        table.lineTo(70, 760);
        table.closePath();
        woodSurface(g, table);
        g.setPaint(new GradientPaint(0, 760, WOOD.darker(), 0, 800, WOOD.darker().darker()));
        g.fill(new Rectangle2D.Double(70, 760, 860, 40));
        Path2D cloth = new Path2D.Double();
        cloth.moveTo(410, 560);
        cloth.lineTo(590, 560);
        cloth.lineTo(640, 760);
        cloth.lineTo(640, 900);
        cloth.lineTo(360, 900);
        cloth.lineTo(360, 760);
        cloth.closePath();
        fill(g, cloth, look.fabric().paint(110));
        g.setPaint(new GradientPaint(0, 760, alpha(Color.BLACK, 30), 0, 900, alpha(Color.BLACK, 120)));
        g.fill(new Rectangle2D.Double(360, 760, 280, 140));
        shade(g, cloth, 40, 60);
        fringe(g, 366, 634, 900, look.fabric().base(), 40);
        Ellipse2D vase = new Ellipse2D.Double(460, 420, 80, 150);
        g.setPaint(new GradientPaint(460, 0, c(0xd8cdb8), 540, 0, c(0x8a7f6e)));
        g.fill(vase);
        g.setColor(c(0x5d8f4e));
        g.setStroke(new BasicStroke(5f));
        for (int k = -2; k <= 2; k++) {
            g.draw(new QuadCurve2D.Double(500, 430, 500 + k * 30, 330, 500 + k * 60, 300 + Math.abs(k) * 30));
        }
    }

    static void wallHanging(Graphics2D g, Look look) {
        g.setColor(alpha(Color.BLACK, 110));
        g.setStroke(new BasicStroke(3f));
        g.draw(new Line2D.Double(500, 150, 380, 290));
        g.draw(new Line2D.Double(500, 150, 620, 290));
        g.setColor(c(0x555049));
        g.fill(new Ellipse2D.Double(492, 142, 16, 16));
        Ellipse2D disc = new Ellipse2D.Double(230, 250, 540, 540);
        g.setColor(alpha(Color.BLACK, 50));
        g.fill(AffineTransform.getTranslateInstance(18, 22).createTransformedShape(disc));
        fill(g, disc, look.fabric().paint());
        Color dye = look.fabric().accent();
        for (int r = 250; r > 0; r -= 42) {
            g.setColor(alpha(r / 42 % 2 == 0 ? dye : Color.BLACK, r / 42 % 2 == 0 ? 170 : 40));
            g.setStroke(new BasicStroke(r / 42 % 2 == 0 ? 16f : 5f));
            g.draw(new Ellipse2D.Double(500 - r, 520 - r, 2 * r, 2 * r));
        }
        shade(g, disc, 50, 80);
        fringe(g, 400, 600, 786, look.fabric().base(), 70);
    }

    static void mat(Graphics2D g, Look look) {
        Path2D flat = new Path2D.Double();
        flat.moveTo(210, 520);
        flat.lineTo(790, 520);
        flat.lineTo(880, 830);
        flat.lineTo(120, 830);
        flat.closePath();
        shadow(g, 500, 830, 420, 30, 100);
        fill(g, flat, look.fabric().paint());
        Shape clip = g.getClip();
        g.clip(flat);
        Color dye = look.fabric().accent();
        if (look.titled("minang")) {
            g.setColor(alpha(dye, 220));
            for (double x = 150; x < 880; x += 120) {
                Path2D roof = new Path2D.Double();
                roof.moveTo(x, 700);
                roof.quadTo(x + 60, 650, x + 120, 700);
                roof.lineTo(x + 130, 670);
                roof.quadTo(x + 60, 600, x - 10, 670);
                roof.closePath();
                g.fill(roof);
                g.fill(new Rectangle2D.Double(x + 20, 700, 80, 40));
            }
        } else {
            embroidery(g, 120, 880, 640, look.random());
            embroidery(g, 120, 880, 760, look.random());
        }
        g.setClip(clip);
        shade(g, flat, 40, 60);
        Rectangle2D roll = new Rectangle2D.Double(210, 400, 560, 130);
        fill(g, roll, look.fabric().paint());
        g.setPaint(new LinearGradientPaint(0, 400, 0, 530, new float[] {0f, 0.35f, 1f},
                new Color[] {alpha(Color.BLACK, 60), alpha(Color.WHITE, 70), alpha(Color.BLACK, 120)}));
        g.fill(roll);
        Ellipse2D end = new Ellipse2D.Double(730, 400, 80, 130);
        fill(g, end, look.fabric().paint());
        g.setColor(alpha(Color.BLACK, 80));
        g.setStroke(new BasicStroke(3f));
        for (int k = 0; k < 5; k++) {
            g.draw(new Ellipse2D.Double(740 + k * 6, 412 + k * 11, 60 - k * 12, 106 - k * 22));
        }
    }
}
