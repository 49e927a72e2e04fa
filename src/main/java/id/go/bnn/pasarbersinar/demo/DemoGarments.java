package id.go.bnn.pasarbersinar.demo;

import static id.go.bnn.pasarbersinar.demo.DemoBrush.*;
import static id.go.bnn.pasarbersinar.demo.DemoFabrics.alpha;
import static id.go.bnn.pasarbersinar.demo.DemoFabrics.c;
import static id.go.bnn.pasarbersinar.demo.DemoFabrics.mix;

import id.go.bnn.pasarbersinar.demo.DemoFabrics.Fabric;
import id.go.bnn.pasarbersinar.demo.DemoObjects.Look;
import id.go.bnn.pasarbersinar.demo.DemoPictures.Kind;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.LinearGradientPaint;
import java.awt.Paint;
import java.awt.RadialGradientPaint;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Arc2D;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.QuadCurve2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;

/** Clothes: shirts, blouses, vests, T-shirts and outers on a hanger, a cap, a painted hijab on a head form. */
final class DemoGarments {

    private DemoGarments() {
    }

    static void garment(Graphics2D g, Look look) {
        Kind kind = look.kind();
        double[][] right = switch (kind) {
            case TSHIRT -> new double[][] {{680, 262}, {772, 382}, {712, 424}, {655, 372}, {658, 800}};
            case BLOUSE -> new double[][] {{665, 262}, {765, 455}, {706, 476}, {646, 382}, {705, 792}};
            case VEST -> new double[][] {{622, 252}, {638, 300}, {656, 400}, {662, 770}};
            case OUTER -> new double[][] {{670, 262}, {862, 312}, {852, 505}, {656, 468}, {668, 828}};
            default -> look.titled("long") ? new double[][] {{676, 262}, {778, 690}, {712, 706}, {652, 402}, {654, 815}}
                    : new double[][] {{676, 262}, {762, 396}, {702, 432}, {652, 378}, {654, 815}};
        };
        hanger(g);
        Path2D body = new Path2D.Double();
        body.moveTo(550, 236);
        for (double[] point : right) {
            body.lineTo(point[0], point[1]);
        }
        double hemY = right[right.length - 1][1];
        body.quadTo(500, hemY + 18, 1000 - right[right.length - 1][0], hemY);
        for (int i = right.length - 1; i >= 0; i--) {
            body.lineTo(1000 - right[i][0], right[i][1]);
        }
        body.lineTo(450, 236);
        switch (kind) {
            case VEST -> {
                body.lineTo(500, 470);
                body.lineTo(550, 236);
            }
            case TSHIRT, BLOUSE -> body.quadTo(500, 300, 550, 236);
            default -> body.quadTo(500, 268, 550, 236);
        }
        body.closePath();
        g.setColor(alpha(Color.BLACK, 38));
        g.fill(AffineTransform.getTranslateInstance(16, 18).createTransformedShape(body));
        boolean panels = kind == Kind.BLOUSE || look.titled("panel") || kind == Kind.TSHIRT;
        fill(g, body, panels ? look.second().paint() : look.fabric().paint());
        if (panels && kind != Kind.TSHIRT) {
            Area panel = new Area(new Rectangle2D.Double(445, 290, 110, 560));
            panel.add(new Area(new Rectangle2D.Double(0, kind == Kind.BLOUSE ? 400 : 340, 1000, 70)));
            panel.intersect(new Area(body));
            Area sides = new Area(new Rectangle2D.Double(330, 0, 340, 1000));
            Area sleeves = new Area(new Rectangle2D.Double(0, kind == Kind.BLOUSE ? 400 : 340, 1000, 70));
            sleeves.subtract(sides);
            Area shown = new Area(new Rectangle2D.Double(445, 290, 110, 560));
            shown.add(sleeves);
            shown.intersect(new Area(body));
            fill(g, shown, look.fabric().paint());
            g.setColor(alpha(Color.BLACK, 60));
            g.setStroke(new BasicStroke(2f));
            g.draw(shown);
        }
        if (kind == Kind.TSHIRT) {
            tshirtPrint(g, look);
        }
        folds(g, body, look.random(), 4, 40);
        shade(g, body, 50, 80);
        if (kind == Kind.SHIRT) {
            for (int side : new int[] {-1, 1}) {
                Path2D collar = new Path2D.Double();
                collar.moveTo(500 - side * 52, 234);
                collar.lineTo(500 + side * 4, 268);
                collar.lineTo(500 - side * 28, 318);
                collar.lineTo(500 - side * 68, 254);
                collar.closePath();
                fill(g, collar, look.fabric().paint());
                shade(g, collar, 30, 70);
            }
        }
        if (kind == Kind.OUTER) {
            g.setColor(alpha(look.fabric().accent().darker(), 230));
            g.fill(new Rectangle2D.Double(494, 268, 12, hemY - 262));
        }
        if (kind == Kind.SHIRT || kind == Kind.VEST || kind == Kind.BLOUSE && look.titled("women")) {
            Color button = kind == Kind.VEST ? c(0x4b3121) : c(0xefe6d6);
            for (double y = kind == Kind.VEST ? 500 : 330; y < hemY - 40; y += 80) {
                g.setColor(alpha(Color.BLACK, 80));
                g.fill(new Ellipse2D.Double(493, y + 2, 16, 16));
                g.setColor(button);
                g.fill(new Ellipse2D.Double(491, y, 16, 16));
            }
        }
    }

    static void hanger(Graphics2D g) {
        g.setColor(METAL.darker());
        g.setStroke(new BasicStroke(7f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Arc2D.Double(470, 128, 60, 60, -90, 270, Arc2D.OPEN));
        g.draw(new Line2D.Double(500, 188, 500, 215));
        g.setPaint(new GradientPaint(0, 205, mix(WOOD, Color.WHITE, 0.2), 0, 260, WOOD.darker()));
        Path2D bar = new Path2D.Double();
        bar.moveTo(500, 205);
        bar.lineTo(690, 262);
        bar.lineTo(686, 276);
        bar.lineTo(500, 228);
        bar.lineTo(314, 276);
        bar.lineTo(310, 262);
        bar.closePath();
        g.fill(bar);
    }

    static void tshirtPrint(Graphics2D g, Look look) {
        Color ink = look.second().accent();
        g.setColor(ink);
        g.fill(new Ellipse2D.Double(440, 380, 120, 120));
        g.setStroke(new BasicStroke(9f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (int k = 0; k < 12; k++) {
            double angle = k * Math.PI / 6;
            g.draw(new Line2D.Double(500 + Math.cos(angle) * 78, 440 + Math.sin(angle) * 78, 500 + Math.cos(angle) * 104, 440 + Math.sin(angle) * 104));
        }
        g.setColor(c(0xf4efe6));
        for (int line = 0; line < 2; line++) {
            g.fill(new RoundRectangle2D.Double(410 + line * 20, 570 + line * 38, 180 - line * 40, 20, 14, 14));
        }
    }

    static void cap(Graphics2D g, Look look) {
        shadow(g, 500, 700, 260, 40, 120);
        Path2D side = new Path2D.Double();
        side.moveTo(300, 430);
        side.lineTo(292, 640);
        side.curveTo(330, 720, 670, 720, 708, 640);
        side.lineTo(700, 430);
        side.closePath();
        g.setPaint(new LinearGradientPaint(292, 0, 708, 0, new float[] {0f, 0.35f, 1f},
                new Color[] {c(0x151313), c(0x3a3636), c(0x0d0c0c)}));
        g.fill(side);
        Area band = new Area(side);
        band.intersect(new Area(new Rectangle2D.Double(0, 560, 1000, 200)));
        fill(g, band, look.fabric().paint(90));
        shade(g, band, 30, 90);
        Ellipse2D top = new Ellipse2D.Double(300, 370, 400, 120);
        g.setPaint(new GradientPaint(300, 370, c(0x4a4545), 700, 490, c(0x141212)));
        g.fill(top);
        g.setColor(alpha(GOLD, 200));
        g.setStroke(new BasicStroke(4f));
        g.draw(new QuadCurve2D.Double(294, 562, 500, 640, 706, 562));
    }

    static void hijab(Graphics2D g, Look look) {
        shadow(g, 500, 850, 170, 24, 110);
        g.setPaint(new GradientPaint(0, 780, mix(WOOD, Color.WHITE, 0.2), 0, 850, WOOD.darker()));
        g.fill(new Ellipse2D.Double(380, 805, 240, 50));
        Path2D bust = new Path2D.Double();
        bust.moveTo(420, 560);
        bust.curveTo(300, 580, 230, 620, 228, 780);
        bust.lineTo(772, 780);
        bust.curveTo(770, 620, 700, 580, 580, 560);
        bust.closePath();
        g.setPaint(new GradientPaint(230, 560, SKIN, 770, 780, mix(SKIN, Color.BLACK, 0.25)));
        g.fill(bust);
        Path2D scarf = new Path2D.Double();
        scarf.moveTo(500, 165);
        scarf.curveTo(365, 165, 340, 320, 372, 470);
        scarf.curveTo(330, 560, 240, 640, 222, 810);
        scarf.quadTo(360, 850, 500, 900);
        scarf.quadTo(640, 850, 778, 810);
        scarf.curveTo(760, 640, 670, 560, 628, 470);
        scarf.curveTo(660, 320, 635, 165, 500, 165);
        scarf.closePath();
        g.setColor(alpha(Color.BLACK, 40));
        g.fill(AffineTransform.getTranslateInstance(14, 16).createTransformedShape(scarf));
        fill(g, scarf, look.fabric().paint());
        Color[] p = {look.fabric().base(), look.fabric().accent(), c(0x3f7d4e), c(0xf2b233)};
        Shape clip = g.getClip();
        g.clip(scarf);
        DemoBatik.paintedMotif(g, p, look.random().nextInt(3), 330 + look.random().nextInt(60), 700, 70);
        DemoBatik.paintedMotif(g, p, look.random().nextInt(3), 650 - look.random().nextInt(60), 640, 58);
        g.setClip(clip);
        g.setStroke(new BasicStroke(5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(alpha(Color.BLACK, 40));
        for (int k = 0; k < 4; k++) {
            g.draw(new QuadCurve2D.Double(430 - k * 40, 500 + k * 60, 500, 580 + k * 70, 570 + k * 40, 500 + k * 60));
        }
        shade(g, scarf, 50, 80);
        Ellipse2D face = new Ellipse2D.Double(422, 238, 156, 212);
        g.setPaint(new RadialGradientPaint(new Point2D.Double(475, 300), 170, new float[] {0f, 1f},
                new Color[] {mix(SKIN, Color.WHITE, 0.2), mix(SKIN, c(0xa57f5c), 0.4)}));
        g.fill(face);
        g.setColor(mix(look.fabric().base(), Color.BLACK, 0.35));
        g.setStroke(new BasicStroke(8f));
        g.draw(face);
        g.setColor(GOLD);
        g.fill(new Ellipse2D.Double(540, 452, 26, 26));
    }
}
