package id.go.bnn.pasarbersinar.demo;

import static id.go.bnn.pasarbersinar.demo.DemoFabrics.alpha;
import static id.go.bnn.pasarbersinar.demo.DemoFabrics.c;
import static id.go.bnn.pasarbersinar.demo.DemoFabrics.mix;

import id.go.bnn.pasarbersinar.demo.DemoFabrics.Fabric;
import id.go.bnn.pasarbersinar.demo.DemoPictures.Kind;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.LinearGradientPaint;
import java.awt.MultipleGradientPaint.ColorSpaceType;
import java.awt.MultipleGradientPaint.CycleMethod;
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
import java.util.Random;

/**
 * Draws one demo product as an object standing (or hanging) in a 1000 × 1000 unit frame, its foot near y = 830:
 * a cloth on a rod, a shirt on a hanger, a hijab on a head form, a bag with handles, a lamp, a drum chair, a jar …
 */
final class DemoObjects {

    /** What a drawing needs: the kind of thing, its main and second surface, a paint colour and the product's dice. */
    record Look(Kind kind, String title, Fabric fabric, Fabric second, Color paint, Random random) {

        boolean titled(String word) {
            return title.contains(word);
        }
    }

    static final Color WOOD = c(0x9a6a3f);
    private static final Color LEATHER = c(0x5a3522);
    private static final Color METAL = c(0xb9b4ab);
    private static final Color GOLD = c(0xd6a941);
    private static final Color SKIN = c(0xe9dccb);

    private DemoObjects() {
    }

    static void draw(Graphics2D g, Look look) {
        switch (look.kind()) {
            case CLOTH -> hangingCloth(g, look);
            case SHAWL -> shawl(g, look);
            case SHIRT, TSHIRT, BLOUSE, VEST, OUTER -> garment(g, look);
            case CAP -> cap(g, look);
            case HIJAB -> hijab(g, look);
            case TOTE -> tote(g, look);
            case SLING -> sling(g, look);
            case ROUND_BAG -> roundBag(g, look);
            case CLUTCH -> clutch(g, look);
            case POUCH -> pouch(g, look);
            case WALLET -> wallet(g, look);
            case KEY_RING -> keyRing(g, look);
            case MASK -> mask(g, look);
            case BRACELET -> bracelet(g, look);
            case BROOCH -> brooch(g, look);
            case FRAME -> frame(g, look);
            case RUNNER -> runner(g, look);
            case BASKET -> basket(g, look);
            case FOOD_COVER -> foodCover(g, look);
            case PLACEMATS -> placemats(g, look);
            case SLIPPERS -> slippers(g, look);
            case WALL_HANGING -> wallHanging(g, look);
            case MAT -> mat(g, look);
            case TABLE_LAMP -> tableLamp(g, look);
            case PENDANT_LAMP -> pendantLamp(g, look);
            case DRUM_CHAIR -> drumChair(g, look, 500, look.paint());
            case DRUM_TABLE -> drumTable(g, look);
            case DRUM_BIN -> drumBin(g, look);
            case DRUM_SHELF -> drumShelf(g, look);
            case PLANTER -> planter(g, look);
            case SNACK, COFFEE -> pouchPack(g, look);
            case HONEY -> honey(g, look);
        }
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

    private static void hangingCloth(Graphics2D g, Look look) {
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

    private static void shawl(Graphics2D g, Look look) {
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

    private static void rod(Graphics2D g, double x0, double x1, double y) {
        RoundRectangle2D rod = new RoundRectangle2D.Double(x0, y - 12, x1 - x0, 24, 24, 24);
        g.setPaint(new GradientPaint(0, (float) (y - 12), mix(WOOD, Color.WHITE, 0.3), 0, (float) (y + 12), WOOD.darker()));
        g.fill(rod);
        for (double x : new double[] {x0, x1}) {
            g.setPaint(new GradientPaint(0, (float) (y - 20), mix(WOOD, Color.WHITE, 0.2), 0, (float) (y + 20), WOOD.darker().darker()));
            g.fill(new Ellipse2D.Double(x - 18, y - 20, 36, 40));
        }
    }

    private static void garment(Graphics2D g, Look look) {
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

    private static void hanger(Graphics2D g) {
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

    private static void tshirtPrint(Graphics2D g, Look look) {
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

    private static void cap(Graphics2D g, Look look) {
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

    private static void hijab(Graphics2D g, Look look) {
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
        DemoFabrics.paintedMotif(g, p, look.random().nextInt(3), 330 + look.random().nextInt(60), 700, 70);
        DemoFabrics.paintedMotif(g, p, look.random().nextInt(3), 650 - look.random().nextInt(60), 640, 58);
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

    private static void tote(Graphics2D g, Look look) {
        double w = 420 + look.random().nextInt(60);
        double h = 380 + look.random().nextInt(50);
        double left = 500 - w / 2;
        double top = 830 - h;
        Fabric fabric = look.fabric();
        Color handle = fabric.weave() == DemoFabrics.Weave.RUBBER ? c(0x1d1d1f)
                : fabric.weave() == DemoFabrics.Weave.CANVAS ? mix(fabric.base(), Color.BLACK, 0.15) : LEATHER;
        shadow(g, 500, 830, w * 0.6, 30, 130);
        handle(g, left + w * 0.3, left + w * 0.7, top, 200, mix(handle, Color.BLACK, 0.3));
        Path2D body = new Path2D.Double();
        body.moveTo(left + 10, top);
        body.lineTo(left + w - 10, top);
        body.lineTo(left + w, 800);
        body.quadTo(left + w, 830, left + w - 30, 830);
        body.lineTo(left + 30, 830);
        body.quadTo(left, 830, left, 800);
        body.closePath();
        fill(g, body, fabric.paint());
        if (look.titled("panel")) {
            Area band = new Area(body);
            band.intersect(new Area(new Rectangle2D.Double(0, top + h * 0.38, 1000, h * 0.3)));
            fill(g, band, look.second().paint());
        }
        if (look.titled("jakarta") || look.titled("canvas")) {
            skyline(g, look, left + w * 0.16, top + h * 0.22, w * 0.68, h * 0.55);
        }
        if (look.titled("acehnese")) {
            embroidery(g, left + 20, left + w - 20, top + h * 0.55, look.random());
        }
        if (fabric.weave() != DemoFabrics.Weave.CANVAS && fabric.weave() != DemoFabrics.Weave.RUBBER) {
            g.setColor(LEATHER);
            g.fill(new Rectangle2D.Double(left + 10, top, w - 20, 26));
        }
        if (fabric.weave() == DemoFabrics.Weave.RUBBER || fabric.weave() == DemoFabrics.Weave.CANVAS) {
            g.setColor(alpha(Color.WHITE, fabric.weave() == DemoFabrics.Weave.RUBBER ? 120 : 60));
            g.setStroke(new BasicStroke(3f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {12f, 9f}, 0f));
            g.draw(new Line2D.Double(left + 16, top + 30, left + w - 16, top + 30));
        }
        shade(g, body, 40, 90);
        handle(g, left + w * 0.28, left + w * 0.72, top, 220, handle);
    }

    private static void handle(Graphics2D g, double x0, double x1, double y, double height, Color colour) {
        Path2D strap = new Path2D.Double();
        strap.moveTo(x0, y + 12);
        strap.curveTo(x0, y - height, x1, y - height, x1, y + 12);
        g.setColor(colour);
        g.setStroke(new BasicStroke(20f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND));
        g.draw(strap);
        g.setColor(alpha(Color.WHITE, 45));
        g.setStroke(new BasicStroke(5f));
        g.draw(AffineTransform.getTranslateInstance(-3, -4).createTransformedShape(strap));
    }

    private static void skyline(Graphics2D g, Look look, double x, double y, double w, double h) {
        Random random = look.random();
        Color ink = look.titled("jakarta") ? c(0x1f3b63) : c(0xb8452e);
        g.setColor(alpha(ink, 30));
        g.fill(new Ellipse2D.Double(x + w * 0.55, y + h * 0.05, w * 0.3, w * 0.3));
        double base = y + h;
        double cursor = x;
        Color[] houses = {c(0xc8553d), c(0x2d6a4f), c(0xe9a23b), c(0x3a6ea5), c(0x8c4a7c)};
        while (cursor < x + w - 30) {
            double bw = 50 + random.nextInt(50);
            double bh = h * (0.3 + random.nextDouble() * 0.35);
            g.setColor(look.titled("jakarta") ? ink : houses[random.nextInt(houses.length)]);
            g.fill(new Rectangle2D.Double(cursor, base - bh, bw - 6, bh));
            Path2D roof = new Path2D.Double();
            roof.moveTo(cursor - 6, base - bh);
            roof.lineTo(cursor + bw / 2 - 3, base - bh - 30);
            roof.lineTo(cursor + bw, base - bh);
            roof.closePath();
            g.fill(roof);
            g.setColor(alpha(c(0xf6efe2), 220));
            for (double wy = base - bh + 16; wy < base - 20; wy += 30) {
                g.fill(new Rectangle2D.Double(cursor + 10, wy, 10, 14));
                g.fill(new Rectangle2D.Double(cursor + bw - 26, wy, 10, 14));
            }
            cursor += bw;
        }
        if (look.titled("jakarta")) {
            double mx = x + w * 0.5;
            g.setColor(ink);
            Path2D monas = new Path2D.Double();
            monas.moveTo(mx - 16, base);
            monas.lineTo(mx - 7, base - h * 0.95);
            monas.lineTo(mx + 7, base - h * 0.95);
            monas.lineTo(mx + 16, base);
            monas.closePath();
            g.fill(monas);
            g.fill(new Rectangle2D.Double(mx - 60, base - 34, 120, 34));
            g.setColor(c(0xe0a93a));
            g.fill(new Ellipse2D.Double(mx - 12, base - h * 0.95 - 34, 24, 38));
        }
        g.setColor(alpha(ink, 200));
        g.fill(new Rectangle2D.Double(x - 10, base, w + 20, 8));
    }

    private static void embroidery(Graphics2D g, double x0, double x1, double y, Random random) {
        Color[] threads = {c(0xc0262d), c(0xe7b53b), c(0x2f7a4c), c(0x1e1e1e)};
        g.setStroke(new BasicStroke(6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (int row = 0; row < 3; row++) {
            g.setColor(threads[(row + random.nextInt(2)) % threads.length]);
            Path2D zigzag = new Path2D.Double();
            zigzag.moveTo(x0, y + row * 26);
            for (double x = x0; x < x1; x += 22) {
                zigzag.lineTo(x + 11, y + row * 26 + (row % 2 == 0 ? -10 : 10));
                zigzag.lineTo(x + 22, y + row * 26);
            }
            g.draw(zigzag);
        }
    }

    private static void sling(Graphics2D g, Look look) {
        double left = 330;
        double top = 480;
        double w = 340;
        double h = 270;
        shadow(g, 500, h + top + 6, 230, 24, 130);
        Path2D strap = new Path2D.Double();
        strap.moveTo(left + 20, top + 20);
        strap.curveTo(left - 60, 60, left + w + 60, 60, left + w - 20, top + 20);
        g.setColor(LEATHER);
        g.setStroke(new BasicStroke(16f));
        g.draw(strap);
        RoundRectangle2D body = new RoundRectangle2D.Double(left, top, w, h, 60, 60);
        fill(g, body, look.fabric().weave() == DemoFabrics.Weave.SONGKET ? new Color(0x3b2620) : look.fabric().paint());
        shade(g, body, 40, 90);
        Path2D flap = new Path2D.Double();
        flap.moveTo(left, top + 40);
        flap.quadTo(left, top, left + 40, top);
        flap.lineTo(left + w - 40, top);
        flap.quadTo(left + w, top, left + w, top + 40);
        flap.lineTo(left + w, top + h * 0.55);
        flap.quadTo(500, top + h * 0.75, left, top + h * 0.55);
        flap.closePath();
        g.setColor(alpha(Color.BLACK, 60));
        g.fill(AffineTransform.getTranslateInstance(0, 8).createTransformedShape(flap));
        fill(g, flap, look.fabric().paint());
        shade(g, flap, 50, 70);
        g.setColor(LEATHER);
        g.fill(new RoundRectangle2D.Double(485, top + h * 0.5, 30, 70, 12, 12));
        g.setColor(GOLD);
        g.fill(new RoundRectangle2D.Double(480, top + h * 0.62, 40, 16, 6, 6));
        g.setColor(LEATHER);
        g.fill(new Rectangle2D.Double(left + 8, top - 10, 26, 40));
        g.fill(new Rectangle2D.Double(left + w - 34, top - 10, 26, 40));
    }

    private static void roundBag(Graphics2D g, Look look) {
        shadow(g, 500, 835, 210, 26, 130);
        handle(g, 380, 620, 410, 230, c(0x8a5a2b));
        Ellipse2D body = new Ellipse2D.Double(280, 390, 440, 440);
        fill(g, body, look.fabric().paint());
        g.setStroke(new BasicStroke(10f));
        for (int r = 40; r < 220; r += 45) {
            g.setColor(alpha(Color.BLACK, 45));
            g.draw(new Ellipse2D.Double(500 - r, 610 - r, 2 * r, 2 * r));
            g.setColor(alpha(Color.WHITE, 40));
            g.draw(new Ellipse2D.Double(500 - r + 3, 610 - r + 3, 2 * r, 2 * r));
        }
        g.setColor(LEATHER);
        g.fill(new RoundRectangle2D.Double(470, 380, 60, 46, 12, 12));
        shade(g, body, 60, 110);
        handle(g, 372, 628, 420, 240, c(0xa87038));
    }

    private static void clutch(Graphics2D g, Look look) {
        double left = 250;
        double top = 470;
        double w = 500;
        double h = 270;
        shadow(g, 500, top + h + 4, 300, 26, 140);
        RoundRectangle2D body = new RoundRectangle2D.Double(left, top, w, h, 34, 34);
        fill(g, body, look.fabric().paint());
        shade(g, body, 40, 80);
        Path2D flap = new Path2D.Double();
        flap.moveTo(left + 4, top + 14);
        flap.quadTo(left + 4, top, left + 30, top);
        flap.lineTo(left + w - 30, top);
        flap.quadTo(left + w - 4, top, left + w - 4, top + 14);
        flap.lineTo(500, top + h * 0.62);
        flap.closePath();
        g.setColor(alpha(Color.BLACK, 70));
        g.fill(AffineTransform.getTranslateInstance(0, 8).createTransformedShape(flap));
        fill(g, flap, look.fabric().paint());
        shade(g, flap, 60, 60);
        if (look.titled("pearl")) {
            for (double t = 0.06; t <= 0.94; t += 0.055) {
                double x = t < 0.5 ? left + 4 + (500 - left - 4) * t * 2 : 500 + (left + w - 4 - 500) * (t - 0.5) * 2;
                double y = t < 0.5 ? top + 14 + (h * 0.62 - 14) * t * 2 : top + h * 0.62 - (h * 0.62 - 14) * (t - 0.5) * 2;
                pearl(g, x, y, 13);
            }
        }
        g.setPaint(new RadialGradientPaint(new Point2D.Double(494, top + h * 0.6), 30, new float[] {0f, 1f},
                new Color[] {c(0xfbe6a0), c(0xa4781f)}));
        g.fill(new Ellipse2D.Double(478, top + h * 0.56, 44, 34));
    }

    private static void pearl(Graphics2D g, double x, double y, double r) {
        g.setPaint(new RadialGradientPaint(new Point2D.Double(x - r * 0.35, y - r * 0.35), (float) (r * 1.3), new float[] {0f, 1f},
                new Color[] {Color.WHITE, c(0xcdbfae)}));
        g.fill(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
    }

    private static void pouch(Graphics2D g, Look look) {
        double left = 290;
        double top = 470;
        double w = 420;
        double h = 300;
        shadow(g, 500, top + h + 4, 260, 24, 140);
        Path2D body = new Path2D.Double();
        body.moveTo(left + 20, top);
        body.lineTo(left + w - 20, top);
        body.curveTo(left + w + 20, top + 80, left + w + 10, top + h, left + w - 50, top + h);
        body.lineTo(left + 50, top + h);
        body.curveTo(left - 10, top + h, left - 20, top + 80, left + 20, top);
        body.closePath();
        fill(g, body, look.fabric().paint());
        folds(g, body, look.random(), 2, 30);
        shade(g, body, 50, 90);
        g.setColor(c(0x2a2420));
        g.fill(new Rectangle2D.Double(left + 20, top - 4, w - 40, 16));
        g.setColor(METAL);
        g.setStroke(new BasicStroke(4f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 4f}, 0f));
        g.draw(new Line2D.Double(left + 24, top + 4, left + w - 24, top + 4));
        g.setColor(METAL);
        g.setStroke(new BasicStroke(3f));
        g.fill(new RoundRectangle2D.Double(left + w - 90, top - 6, 34, 20, 6, 6));
        g.draw(new Ellipse2D.Double(left + w - 84, top + 12, 22, 34));
        g.setColor(look.fabric().accent());
        g.fill(new RoundRectangle2D.Double(left + w - 80, top + 40, 14, 44, 6, 6));
    }

    private static void wallet(Graphics2D g, Look look) {
        double left = 250;
        double top = 500;
        double w = 500;
        double h = 240;
        shadow(g, 500, top + h + 4, 300, 24, 150);
        boolean sachet = look.fabric().weave() == DemoFabrics.Weave.SACHET;
        RoundRectangle2D body = new RoundRectangle2D.Double(left, top, w, h, 24, 24);
        if (!sachet) {
            Color[] cards = {c(0x2f6b9a), c(0xe0b03c)};
            for (int i = 0; i < 2; i++) {
                g.setColor(cards[i]);
                g.fill(new RoundRectangle2D.Double(left + 40 + i * 70, top - 40 + i * 14, 170, 90, 12, 12));
            }
        }
        fill(g, body, sachet ? look.fabric().paint() : new Color(0x4a2a22));
        shade(g, body, 40, 80);
        Path2D flap = new Path2D.Double();
        flap.moveTo(left, top + 20);
        flap.quadTo(left, top, left + 20, top);
        flap.lineTo(left + w - 20, top);
        flap.quadTo(left + w, top, left + w, top + 20);
        flap.lineTo(left + w, top + h * 0.45);
        flap.lineTo(left, top + h * 0.45);
        flap.closePath();
        g.setColor(alpha(Color.BLACK, 70));
        g.fill(AffineTransform.getTranslateInstance(0, 6).createTransformedShape(flap));
        fill(g, flap, look.fabric().paint());
        shade(g, flap, 50, 60);
        g.setColor(alpha(Color.WHITE, 90));
        g.setStroke(new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {8f, 6f}, 0f));
        g.draw(new RoundRectangle2D.Double(left + 12, top + 12, w - 24, h - 24, 16, 16));
        g.setPaint(new RadialGradientPaint(new Point2D.Double(left + w - 66, top + h * 0.42), 22, new float[] {0f, 1f},
                new Color[] {c(0xfbe6a0), c(0x8d6418)}));
        g.fill(new Ellipse2D.Double(left + w - 86, top + h * 0.42 - 20, 40, 40));
    }

    private static void keyRing(Graphics2D g, Look look) {
        g.setColor(METAL.darker());
        g.setStroke(new BasicStroke(9f));
        g.draw(new Ellipse2D.Double(440, 170, 120, 120));
        g.setColor(alpha(Color.WHITE, 120));
        g.setStroke(new BasicStroke(3f));
        g.draw(new Arc2D.Double(444, 174, 112, 112, 100, 80, Arc2D.OPEN));
        g.setColor(METAL.darker());
        g.setStroke(new BasicStroke(6f));
        for (int i = 0; i < 3; i++) {
            g.draw(new Ellipse2D.Double(490 - (i % 2) * 6, 292 + i * 30, 20 + (i % 2) * 12, 36));
        }
        double top = 380;
        shadow(g, 520, 830, 160, 18, 90);
        if (look.titled("pintu")) {
            Path2D door = new Path2D.Double();
            door.moveTo(380, 780);
            door.lineTo(380, 480);
            door.quadTo(380, top, 500, top);
            door.quadTo(620, top, 620, 480);
            door.lineTo(620, 780);
            door.closePath();
            g.setPaint(new GradientPaint(380, (float) top, mix(WOOD, Color.WHITE, 0.25), 620, 780, WOOD.darker()));
            g.fill(door);
            g.setColor(alpha(Color.BLACK, 110));
            for (double y = 470; y < 760; y += 52) {
                for (double x = 420; x < 600; x += 52) {
                    g.fill(new Ellipse2D.Double(x + 4, y, 20, 30));
                }
            }
            g.setStroke(new BasicStroke(4f));
            g.draw(door);
            return;
        }
        Rectangle2D tag = new Rectangle2D.Double(400, top, 200, 330);
        fill(g, tag, look.fabric().paint(110));
        shade(g, tag, 40, 80);
        g.setColor(alpha(Color.WHITE, 110));
        g.setStroke(new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {7f, 6f}, 0f));
        g.draw(new Rectangle2D.Double(412, top + 12, 176, 306));
        fringe(g, 406, 594, top + 330, look.fabric().base(), 40);
    }

    private static void mask(Graphics2D g, Look look) {
        shadow(g, 500, 760, 260, 26, 110);
        g.setColor(c(0xe9e4da));
        g.setStroke(new BasicStroke(7f));
        g.draw(new Arc2D.Double(170, 380, 220, 260, 90, 180, Arc2D.OPEN));
        g.draw(new Arc2D.Double(610, 380, 220, 260, -90, 180, Arc2D.OPEN));
        Path2D mask = new Path2D.Double();
        mask.moveTo(280, 420);
        mask.quadTo(500, 360, 720, 420);
        mask.lineTo(740, 620);
        mask.quadTo(500, 720, 260, 620);
        mask.closePath();
        fill(g, mask, look.fabric().paint(120));
        g.setStroke(new BasicStroke(6f));
        for (int k = 1; k < 4; k++) {
            double y = 420 + k * 55;
            g.setColor(alpha(Color.BLACK, 70));
            g.draw(new QuadCurve2D.Double(270, y, 500, y - 30 + k * 8, 730, y));
            g.setColor(alpha(Color.WHITE, 50));
            g.draw(new QuadCurve2D.Double(270, y - 6, 500, y - 36 + k * 8, 730, y - 6));
        }
        shade(g, mask, 50, 90);
    }

    private static void bracelet(Graphics2D g, Look look) {
        shadow(g, 500, 640, 280, 70, 90);
        Color[] colours = {c(0xb3202a), c(0x1c1a1a), c(0xf1ece2)};
        int beads = 30;
        int offset = look.random().nextInt(3);
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < beads; i++) {
                double angle = Math.PI * 2 * i / beads;
                boolean back = Math.sin(angle) < 0;
                if (back != (pass == 0)) {
                    continue;
                }
                double x = 500 + Math.cos(angle) * 250;
                double y = 560 + Math.sin(angle) * 120;
                Color colour = colours[(i / (1 + offset) + offset) % colours.length];
                double r = back ? 22 : 26;
                g.setPaint(new RadialGradientPaint(new Point2D.Double(x - r * 0.4, y - r * 0.4), (float) (r * 1.5), new float[] {0f, 0.5f, 1f},
                        new Color[] {mix(colour, Color.WHITE, 0.6), colour, mix(colour, Color.BLACK, 0.4)}));
                g.fill(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
            }
        }
    }

    private static void brooch(Graphics2D g, Look look) {
        shadow(g, 510, 740, 210, 30, 120);
        g.setColor(METAL);
        g.setStroke(new BasicStroke(6f));
        g.draw(new Line2D.Double(330, 560, 680, 460));
        Ellipse2D disc = new Ellipse2D.Double(310, 330, 380, 380);
        g.setPaint(new RadialGradientPaint(new Point2D.Double(450, 450), 300, new float[] {0f, 1f},
                new Color[] {mix(WOOD, Color.WHITE, 0.35), WOOD.darker()}));
        g.fill(disc);
        g.setColor(alpha(Color.BLACK, 30));
        g.setStroke(new BasicStroke(2f));
        for (int r = 40; r < 190; r += 26) {
            g.draw(new Ellipse2D.Double(500 - r + 12, 520 - r - 6, 2 * r, 2 * r * 0.96));
        }
        Ellipse2D face = new Ellipse2D.Double(340, 360, 320, 320);
        g.setColor(look.fabric().base());
        g.fill(face);
        Color[] p = {look.fabric().base(), look.fabric().accent(), c(0x3f7d4e), c(0xf2b233)};
        DemoFabrics.paintedMotif(g, p, look.random().nextInt(3), 500, 520, 95);
        shade(g, disc, 60, 90);
    }

    private static void frame(Graphics2D g, Look look) {
        shadow(g, 520, 810, 230, 24, 120);
        Rectangle2D outer = new Rectangle2D.Double(320, 240, 360, 560);
        fill(g, outer, look.fabric().paint(110));
        shade(g, outer, 50, 80);
        Rectangle2D photo = new Rectangle2D.Double(380, 300, 240, 440);
        g.setPaint(new GradientPaint(0, 300, c(0x9cc7e0), 0, 600, c(0xf3e3c3)));
        g.fill(photo);
        g.setColor(c(0xf7d27a));
        g.fill(new Ellipse2D.Double(520, 370, 60, 60));
        Path2D hills = new Path2D.Double();
        hills.moveTo(380, 620);
        hills.quadTo(450, 540, 520, 600);
        hills.quadTo(580, 560, 620, 590);
        hills.lineTo(620, 740);
        hills.lineTo(380, 740);
        hills.closePath();
        g.setColor(c(0x5e8c5a));
        g.fill(hills);
        g.setColor(c(0x3f6a45));
        g.fill(new Rectangle2D.Double(380, 680, 240, 60));
        g.setColor(alpha(Color.BLACK, 90));
        g.setStroke(new BasicStroke(6f));
        g.draw(photo);
    }

    private static void runner(Graphics2D g, Look look) {
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

    private static void basket(Graphics2D g, Look look) {
        boolean lid = look.titled("storage") || look.titled("lidded");
        double topY = lid ? 440 : 470;
        shadow(g, 500, 812, 250, 32, 140);
        Path2D body = new Path2D.Double();
        body.moveTo(280, topY);
        body.lineTo(318, 790);
        body.quadTo(500, 850, 682, 790);
        body.lineTo(720, topY);
        body.quadTo(500, topY + 60, 280, topY);
        body.closePath();
        if (!lid) {
            g.setColor(look.fabric().base().darker().darker());
            g.fill(new Ellipse2D.Double(280, topY - 55, 440, 110));
        }
        fill(g, body, look.fabric().paint());
        if (look.fabric().accent() != null && look.fabric().weave() == DemoFabrics.Weave.PLAIT) {
            Area band = new Area(body);
            band.intersect(new Area(new Rectangle2D.Double(0, topY + 140, 1000, 44)));
            g.setColor(alpha(look.fabric().accent(), 200));
            g.fill(band);
        }
        cylinderShade(g, body, 280, 720);
        g.setStroke(new BasicStroke(20f));
        g.setPaint(look.fabric().paint(50));
        g.draw(new Ellipse2D.Double(280, topY - 55, 440, 110));
        g.setColor(alpha(Color.BLACK, 60));
        g.setStroke(new BasicStroke(3f));
        g.draw(new Ellipse2D.Double(270, topY - 65, 460, 130));
        if (lid) {
            Path2D cover = new Path2D.Double();
            cover.moveTo(262, topY);
            cover.quadTo(270, topY - 120, 500, topY - 130);
            cover.quadTo(730, topY - 120, 738, topY);
            cover.quadTo(500, topY + 60, 262, topY);
            cover.closePath();
            fill(g, cover, look.fabric().paint());
            shade(g, cover, 60, 70);
            g.setColor(LEATHER);
            g.setStroke(new BasicStroke(12f));
            g.draw(new Arc2D.Double(470, topY - 170, 60, 70, 0, 180, Arc2D.OPEN));
        } else {
            g.setStroke(new BasicStroke(14f));
            g.setColor(mix(look.fabric().base(), Color.BLACK, 0.3));
            g.draw(new Arc2D.Double(230, topY + 40, 90, 90, 90, 180, Arc2D.OPEN));
            g.draw(new Arc2D.Double(680, topY + 40, 90, 90, -90, 180, Arc2D.OPEN));
        }
    }

    private static void foodCover(Graphics2D g, Look look) {
        shadow(g, 500, 800, 340, 40, 130);
        g.setColor(c(0xf4f1ea));
        g.fill(new Ellipse2D.Double(190, 740, 620, 90));
        Path2D dome = new Path2D.Double();
        dome.moveTo(200, 790);
        dome.curveTo(200, 380, 800, 380, 800, 790);
        dome.quadTo(500, 840, 200, 790);
        dome.closePath();
        fill(g, dome, look.fabric().paint());
        Shape clip = g.getClip();
        g.clip(dome);
        Color[] rings = {c(0xb3262b), c(0x2f7a4c), c(0xe0a93a)};
        g.setStroke(new BasicStroke(22f));
        for (int k = 0; k < 3; k++) {
            g.setColor(alpha(rings[(k + look.random().nextInt(3)) % 3], 210));
            double rx = 120 + k * 70;
            g.draw(new Ellipse2D.Double(500 - rx, 470 + k * 60 - 40, 2 * rx, 200 + k * 40));
        }
        g.setClip(clip);
        cylinderShade(g, dome, 200, 800);
        shade(g, dome, 30, 40);
        g.setColor(LEATHER);
        g.setStroke(new BasicStroke(12f));
        g.draw(new Arc2D.Double(470, 445, 60, 60, 0, 180, Arc2D.OPEN));
    }

    private static void placemats(Graphics2D g, Look look) {
        shadow(g, 500, 760, 360, 70, 110);
        for (int i = 3; i >= 0; i--) {
            double y = 560 - i * 16;
            Ellipse2D edge = new Ellipse2D.Double(160, y + 14, 680, 220);
            g.setColor(look.fabric().base().darker());
            g.fill(edge);
            Ellipse2D mat = new Ellipse2D.Double(160, y, 680, 220);
            fill(g, mat, look.fabric().paint());
            if (i == 0) {
                g.setStroke(new BasicStroke(6f));
                for (int r = 1; r < 8; r++) {
                    g.setColor(alpha(r % 3 == 0 ? look.fabric().accent() : Color.BLACK, r % 3 == 0 ? 200 : 50));
                    g.draw(new Ellipse2D.Double(500 - r * 42, y + 110 - r * 13.5, r * 84, r * 27));
                }
            }
            shade(g, mat, 40, 60);
        }
    }

    private static void slippers(Graphics2D g, Look look) {
        shadow(g, 500, 780, 300, 40, 110);
        for (int side : new int[] {-1, 1}) {
            AffineTransform saved = g.getTransform();
            g.translate(500 + side * 120, 560);
            g.rotate(side * 0.12);
            RoundRectangle2D sole = new RoundRectangle2D.Double(-95, -220, 190, 440, 180, 200);
            g.setColor(c(0x2d2622));
            g.fill(AffineTransform.getTranslateInstance(0, 16).createTransformedShape(sole));
            fill(g, sole, look.fabric().paint(70));
            shade(g, sole, 50, 60);
            Path2D strap = new Path2D.Double();
            strap.moveTo(-105, -130);
            strap.quadTo(0, -190, 105, -130);
            strap.lineTo(105, -30);
            strap.quadTo(0, -70, -105, -30);
            strap.closePath();
            g.setColor(alpha(Color.BLACK, 80));
            g.fill(AffineTransform.getTranslateInstance(0, 12).createTransformedShape(strap));
            fill(g, strap, look.fabric().paint(90));
            shade(g, strap, 70, 60);
            g.setTransform(saved);
        }
    }

    private static void wallHanging(Graphics2D g, Look look) {
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

    private static void mat(Graphics2D g, Look look) {
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

    private static void tableLamp(Graphics2D g, Look look) {
        g.setPaint(new RadialGradientPaint(new Point2D.Double(500, 520), 380, new float[] {0f, 1f},
                new Color[] {new Color(255, 196, 110, 120), new Color(255, 196, 110, 0)}));
        g.fill(new Rectangle2D.Double(0, 0, 1000, 1000));
        shadow(g, 500, 800, 210, 26, 130);
        g.setPaint(new GradientPaint(0, 740, mix(WOOD, Color.WHITE, 0.2), 0, 800, WOOD.darker()));
        g.fill(new RoundRectangle2D.Double(340, 740, 320, 60, 16, 16));
        Rectangle2D can = new Rectangle2D.Double(380, 360, 240, 390);
        Color tin = look.paint();
        g.setColor(tin);
        g.fill(can);
        cylinderShade(g, can, 380, 620);
        Random random = look.random();
        int motif = random.nextInt(2);
        for (double y = 400; y < 730; y += 34) {
            for (double x = 400; x < 610; x += 34) {
                double dx = x + ((y - 400) / 34 % 2) * 17;
                if (dx > 600) {
                    continue;
                }
                boolean hole = motif == 0 ? ((int) ((dx + y) / 34) % 3 != 0) : (Math.hypot(dx - 500, y - 555) % 70 < 40);
                if (hole) {
                    g.setColor(new Color(255, 214, 120, 90));
                    g.fill(new Ellipse2D.Double(dx - 10, y - 10, 20, 20));
                    g.setColor(c(0xfff1c4));
                    g.fill(new Ellipse2D.Double(dx - 5, y - 5, 10, 10));
                }
            }
        }
        g.setColor(mix(tin, Color.BLACK, 0.4));
        g.fill(new Ellipse2D.Double(380, 336, 240, 48));
        g.setColor(mix(tin, Color.WHITE, 0.3));
        g.setStroke(new BasicStroke(4f));
        g.draw(new Ellipse2D.Double(380, 336, 240, 48));
        g.setColor(c(0x2a2420));
        g.setStroke(new BasicStroke(6f));
        g.draw(new QuadCurve2D.Double(650, 780, 780, 800, 880, 760));
        g.setColor(new Color(255, 210, 130, 110));
        for (int i = 0; i < 40; i++) {
            double x = 60 + random.nextDouble() * 880;
            double y = 80 + random.nextDouble() * 560;
            if (Math.abs(x - 500) > 170) {
                g.fill(new Ellipse2D.Double(x, y, 9, 9));
            }
        }
    }

    private static void pendantLamp(Graphics2D g, Look look) {
        g.setPaint(new RadialGradientPaint(new Point2D.Double(500, 620), 420, new float[] {0f, 1f},
                new Color[] {new Color(255, 200, 120, 130), new Color(255, 200, 120, 0)}));
        g.fill(new Rectangle2D.Double(0, 0, 1000, 1000));
        g.setColor(c(0x2a2420));
        g.setStroke(new BasicStroke(6f));
        g.draw(new Line2D.Double(500, 0, 500, 260));
        Path2D shade = new Path2D.Double();
        shade.moveTo(450, 250);
        shade.lineTo(550, 250);
        shade.curveTo(640, 270, 760, 400, 770, 600);
        shade.quadTo(500, 650, 230, 600);
        shade.curveTo(240, 400, 360, 270, 450, 250);
        shade.closePath();
        fill(g, shade, look.fabric().paint());
        cylinderShade(g, shade, 230, 770);
        g.setPaint(new RadialGradientPaint(new Point2D.Double(500, 620), 170, new float[] {0f, 0.4f, 1f},
                new Color[] {c(0xfff6d8), new Color(255, 220, 150, 200), new Color(255, 200, 120, 0)}));
        g.fill(new Ellipse2D.Double(330, 560, 340, 140));
        g.setColor(c(0x5a4530));
        g.fill(new RoundRectangle2D.Double(470, 236, 60, 24, 8, 8));
        g.setPaint(new RadialGradientPaint(new Point2D.Double(500, 900), 300, new float[] {0f, 1f},
                new Color[] {new Color(255, 220, 160, 110), new Color(255, 220, 160, 0)}));
        g.fill(new Ellipse2D.Double(200, 840, 600, 120));
    }

    private static void drum(Graphics2D g, double left, double top, double width, double bottom, Color paint, int ribs) {
        double ry = width * 0.16;
        Path2D body = new Path2D.Double();
        body.moveTo(left, top);
        body.lineTo(left, bottom);
        body.append(new Arc2D.Double(left, bottom - ry, width, 2 * ry, 180, 180, Arc2D.OPEN), true);
        body.lineTo(left + width, top);
        body.closePath();
        g.setColor(paint);
        g.fill(body);
        g.setStroke(new BasicStroke(9f));
        double step = (bottom - top) / (ribs + 1);
        for (int i = 1; i <= ribs; i++) {
            double y = top + step * i;
            g.setColor(mix(paint, Color.BLACK, 0.35));
            g.draw(new Arc2D.Double(left, y - ry, width, 2 * ry, 180, 180, Arc2D.OPEN));
            g.setColor(mix(paint, Color.WHITE, 0.3));
            g.setStroke(new BasicStroke(3f));
            g.draw(new Arc2D.Double(left, y - ry - 6, width, 2 * ry, 200, 140, Arc2D.OPEN));
            g.setStroke(new BasicStroke(9f));
        }
        cylinderShade(g, body, left, left + width);
    }

    static void drumChair(Graphics2D g, Look look, double cx, Color paint) {
        double width = 330;
        double left = cx - width / 2;
        double ry = width * 0.16;
        shadow(g, cx, 826, width * 0.7, 34, 140);
        Path2D back = new Path2D.Double();
        back.moveTo(left, 540);
        back.lineTo(left + 10, 300);
        back.quadTo(cx, 200, left + width - 10, 300);
        back.lineTo(left + width, 540);
        back.closePath();
        g.setColor(mix(paint, Color.BLACK, 0.25));
        g.fill(back);
        cylinderShade(g, back, left, left + width);
        Path2D inner = new Path2D.Double();
        inner.moveTo(left + 22, 540);
        inner.lineTo(left + 30, 320);
        inner.quadTo(cx, 236, left + width - 30, 320);
        inner.lineTo(left + width - 22, 540);
        inner.closePath();
        g.setPaint(new GradientPaint(0, 260, mix(paint, Color.BLACK, 0.45), 0, 540, mix(paint, Color.BLACK, 0.6)));
        g.fill(inner);
        drum(g, left, 540, width, 800, paint, 1);
        Ellipse2D seat = new Ellipse2D.Double(left - 4, 540 - ry - 14, width + 8, 2 * ry + 14);
        fill(g, seat, look.fabric().paint(90));
        shade(g, seat, 70, 60);
        g.setColor(alpha(Color.BLACK, 60));
        g.setStroke(new BasicStroke(8f));
        g.draw(new Arc2D.Double(left - 4, 540 - ry - 14, width + 8, 2 * ry + 14, 180, 180, Arc2D.OPEN));
    }

    private static void drumTable(Graphics2D g, Look look) {
        shadow(g, 500, 820, 330, 40, 140);
        drum(g, 270, 560, 460, 790, look.paint(), 2);
        Ellipse2D edge = new Ellipse2D.Double(210, 510, 580, 150);
        g.setColor(WOOD.darker().darker());
        g.fill(edge);
        Ellipse2D top = new Ellipse2D.Double(210, 486, 580, 150);
        woodSurface(g, top);
        g.setColor(alpha(Color.BLACK, 40));
        g.setStroke(new BasicStroke(2f));
        for (int r = 1; r < 5; r++) {
            g.draw(new Ellipse2D.Double(500 - r * 60, 561 - r * 15, r * 120, r * 30));
        }
        g.setColor(c(0xefe8dc));
        g.fill(new Ellipse2D.Double(560, 520, 80, 30));
        g.fill(new RoundRectangle2D.Double(566, 470, 68, 66, 16, 16));
        g.setColor(c(0x5a3a22));
        g.fill(new Ellipse2D.Double(570, 466, 60, 18));
    }

    private static void drumBin(Graphics2D g, Look look) {
        shadow(g, 500, 826, 240, 32, 140);
        double left = 330;
        double width = 340;
        drum(g, left, 290, width, 800, look.paint(), 2);
        Path2D body = new Path2D.Double();
        body.append(new Rectangle2D.Double(left, 290, width, 510), false);
        Shape clip = g.getClip();
        g.clip(body);
        Color[] p = {look.paint(), c(0xf3ede0), c(0x3f7d4e), c(0xf2b233)};
        Random random = look.random();
        for (int i = 0; i < 5; i++) {
            DemoFabrics.paintedMotif(g, p, 0, left + 50 + random.nextInt((int) width - 100), 380 + i * 90, 36 + random.nextInt(16));
        }
        g.setClip(clip);
        cylinderShade(g, body, left, left + width);
        g.setColor(mix(look.paint(), Color.BLACK, 0.6));
        g.fill(new Ellipse2D.Double(left, 290 - width * 0.16, width, width * 0.32));
        g.setColor(mix(look.paint(), Color.WHITE, 0.2));
        g.setStroke(new BasicStroke(8f));
        g.draw(new Ellipse2D.Double(left, 290 - width * 0.16, width, width * 0.32));
    }

    private static void drumShelf(Graphics2D g, Look look) {
        shadow(g, 500, 830, 260, 30, 140);
        RoundRectangle2D shell = new RoundRectangle2D.Double(320, 170, 360, 660, 80, 40);
        g.setColor(look.paint());
        g.fill(shell);
        cylinderShade(g, shell, 320, 680);
        RoundRectangle2D inside = new RoundRectangle2D.Double(350, 200, 300, 600, 60, 30);
        g.setColor(mix(look.paint(), Color.BLACK, 0.55));
        g.fill(inside);
        Color[] books = {c(0x2f5d8a), c(0xc8553d), c(0xe9c46a), c(0x2a9d8f), c(0xf4f1de), c(0x6d597a)};
        Random random = look.random();
        for (int shelf = 0; shelf < 3; shelf++) {
            double y = 380 + shelf * 200;
            double x = 370;
            while (x < 600) {
                double w = 22 + random.nextInt(20);
                double h = 110 + random.nextInt(50);
                g.setColor(books[random.nextInt(books.length)]);
                g.fill(new Rectangle2D.Double(x, y - h, w, h));
                g.setColor(alpha(Color.BLACK, 50));
                g.fill(new Rectangle2D.Double(x + w - 4, y - h, 4, h));
                x += w + 2;
            }
            g.setColor(mix(look.paint(), Color.WHITE, 0.15));
            g.fill(new RoundRectangle2D.Double(340, y, 320, 18, 10, 10));
        }
    }

    private static void planter(Graphics2D g, Look look) {
        shadow(g, 500, 812, 170, 24, 140);
        Random random = look.random();
        for (int k = 0; k < 11; k++) {
            double angle = -Math.PI / 2 + (k - 5) * 0.2 + random.nextDouble() * 0.1;
            double length = 180 + random.nextInt(120);
            AffineTransform saved = g.getTransform();
            g.translate(500, 560);
            g.rotate(angle);
            g.setPaint(new GradientPaint(0, -20, c(0x6aa35b), 0, 20, c(0x2f5e34)));
            g.fill(new Ellipse2D.Double(0, -22, length, 44));
            g.setColor(alpha(Color.WHITE, 60));
            g.setStroke(new BasicStroke(2f));
            g.draw(new Line2D.Double(10, 0, length - 10, 0));
            g.setTransform(saved);
        }
        Rectangle2D can = new Rectangle2D.Double(385, 560, 230, 240);
        g.setColor(look.paint());
        g.fill(can);
        Color[] p = {look.paint(), c(0xf3ede0), c(0x3f7d4e), c(0xf2b233)};
        DemoFabrics.paintedMotif(g, p, 0, 500, 690, 44);
        cylinderShade(g, can, 385, 615);
        g.setColor(METAL);
        g.fill(new Ellipse2D.Double(380, 548, 240, 36));
        g.setColor(c(0x3b2a1e));
        g.fill(new Ellipse2D.Double(392, 552, 216, 26));
        g.setColor(METAL.darker());
        g.setStroke(new BasicStroke(5f));
        g.draw(new QuadCurve2D.Double(385, 575, 300, 470, 430, 440));
    }

    private static void pouchPack(Graphics2D g, Look look) {
        boolean coffee = look.kind() == Kind.COFFEE;
        Color bag = coffee ? c(0xb58a5c) : look.paint();
        shadow(g, 500, 820, 230, 26, 140);
        Path2D pack = new Path2D.Double();
        pack.moveTo(335, 290);
        pack.lineTo(665, 290);
        pack.curveTo(690, 450, 700, 650, 690, 815);
        pack.quadTo(500, 840, 310, 815);
        pack.curveTo(300, 650, 310, 450, 335, 290);
        pack.closePath();
        g.setColor(bag);
        g.fill(pack);
        g.setColor(mix(bag, Color.BLACK, 0.2));
        for (double x = 335; x < 665; x += 16) {
            g.fill(new Rectangle2D.Double(x, 290, 8, 36));
        }
        g.setColor(alpha(Color.BLACK, 60));
        g.fill(new Rectangle2D.Double(325, 348, 350, 6));
        RoundRectangle2D label = new RoundRectangle2D.Double(370, 400, 260, 190, 24, 24);
        g.setColor(c(0xf6efe2));
        g.fill(label);
        g.setColor(look.fabric().accent());
        g.fill(new Ellipse2D.Double(460, 418, 80, 80));
        g.setColor(mix(look.fabric().accent(), Color.BLACK, 0.4));
        g.fill(new RoundRectangle2D.Double(400, 512, 200, 18, 10, 10));
        g.fill(new RoundRectangle2D.Double(430, 544, 140, 12, 8, 8));
        if (coffee) {
            g.setColor(c(0x3a2a1e));
            g.fill(new Ellipse2D.Double(480, 640, 40, 40));
            beans(g, look.random(), 660, 760, 14);
        } else {
            Ellipse2D window = new Ellipse2D.Double(405, 620, 190, 150);
            Shape clip = g.getClip();
            g.clip(window);
            g.setColor(c(0xe9dcc4));
            g.fill(window);
            Random random = look.random();
            Color food = look.titled("rendang") ? c(0x4a2a18) : look.titled("banana") ? c(0xe2b552) : look.titled("kerak") ? c(0xc98b3a) : c(0xe07b2c);
            for (int i = 0; i < 24; i++) {
                double x = 400 + random.nextInt(190);
                double y = 610 + random.nextInt(150);
                double r = 24 + random.nextInt(18);
                g.setColor(mix(food, random.nextBoolean() ? Color.WHITE : Color.BLACK, random.nextDouble() * 0.25));
                g.fill(new Ellipse2D.Double(x - r / 2, y - r / 2, r, r * 0.8));
            }
            g.setClip(clip);
            g.setColor(alpha(Color.WHITE, 80));
            g.setStroke(new BasicStroke(4f));
            g.draw(window);
        }
        cylinderShade(g, pack, 300, 700);
    }

    private static void beans(Graphics2D g, Random random, double x, double y, int count) {
        for (int i = 0; i < count; i++) {
            double bx = x + random.nextInt(220) - 40;
            double by = y + random.nextInt(70);
            AffineTransform saved = g.getTransform();
            g.translate(bx, by);
            g.rotate(random.nextDouble() * Math.PI);
            g.setPaint(new GradientPaint(-12, -8, c(0x7a4a2a), 12, 8, c(0x2e1a0f)));
            g.fill(new Ellipse2D.Double(-16, -11, 32, 22));
            g.setColor(c(0x1e110a));
            g.setStroke(new BasicStroke(2f));
            g.draw(new QuadCurve2D.Double(-12, 0, 0, -4, 12, 0));
            g.setTransform(saved);
        }
    }

    private static void honey(Graphics2D g, Look look) {
        shadow(g, 500, 810, 180, 24, 140);
        RoundRectangle2D jar = new RoundRectangle2D.Double(370, 390, 260, 420, 70, 70);
        g.setPaint(new LinearGradientPaint(370, 0, 630, 0, new float[] {0f, 0.3f, 0.6f, 1f},
                new Color[] {c(0x8a4a0c), c(0xe8a22a), c(0xd68a18), c(0x6e3808)}));
        g.fill(jar);
        g.setColor(alpha(Color.WHITE, 110));
        g.fill(new RoundRectangle2D.Double(398, 430, 22, 320, 20, 20));
        Rectangle2D label = new Rectangle2D.Double(370, 560, 260, 130);
        g.setColor(c(0xf6efe2));
        g.fill(label);
        g.setColor(c(0x3f6a45));
        g.fill(new Ellipse2D.Double(470, 575, 60, 60));
        g.fill(new RoundRectangle2D.Double(420, 650, 160, 14, 8, 8));
        cylinderShade(g, jar, 370, 630);
        Path2D cloth = new Path2D.Double();
        cloth.moveTo(350, 400);
        cloth.quadTo(500, 300, 650, 400);
        cloth.lineTo(670, 450);
        for (double x = 650; x > 350; x -= 25) {
            cloth.lineTo(x, 440 + (x / 25 % 2 == 0 ? 20 : 0));
        }
        cloth.lineTo(330, 450);
        cloth.closePath();
        fill(g, cloth, look.fabric().paint(90));
        shade(g, cloth, 50, 70);
        g.setColor(c(0xc9a46e));
        g.setStroke(new BasicStroke(6f));
        g.draw(new Line2D.Double(360, 418, 640, 418));
    }

    static void woodSurface(Graphics2D g, Shape shape) {
        Rectangle2D b = shape.getBounds2D();
        g.setPaint(new GradientPaint(0, (float) b.getMinY(), mix(WOOD, Color.WHITE, 0.25), 0, (float) b.getMaxY(), WOOD));
        g.fill(shape);
        Shape clip = g.getClip();
        g.clip(shape);
        g.setStroke(new BasicStroke(2f));
        for (double y = b.getMinY(); y < b.getMaxY(); y += 9) {
            g.setColor(alpha(Color.BLACK, (int) (10 + (y * 7919) % 20)));
            g.draw(new QuadCurve2D.Double(b.getMinX(), y, b.getCenterX(), y + 5 * Math.sin(y), b.getMaxX(), y));
        }
        g.setClip(clip);
    }

    static void fill(Graphics2D g, Shape shape, Paint paint) {
        g.setPaint(paint);
        g.fill(shape);
    }

    /** Light from the upper left: a soft highlight there, a deeper tone towards the lower right and a thin outline. */
    static void shade(Graphics2D g, Shape shape, int light, int dark) {
        Rectangle2D b = shape.getBounds2D();
        Shape clip = g.getClip();
        g.clip(shape);
        g.setPaint(new LinearGradientPaint((float) b.getMinX(), (float) b.getMinY(), (float) b.getMaxX(), (float) b.getMaxY(),
                new float[] {0f, 0.45f, 1f}, new Color[] {new Color(255, 250, 240, light), new Color(0, 0, 0, 0), new Color(30, 15, 5, dark)}));
        g.fill(b);
        g.setClip(clip);
        g.setColor(new Color(30, 15, 5, 60));
        g.setStroke(new BasicStroke(2f));
        g.draw(shape);
    }

    /** Round things are lit from the left: a bright band a third of the way across, darker at both sides. */
    static void cylinderShade(Graphics2D g, Shape shape, double left, double right) {
        Shape clip = g.getClip();
        g.clip(shape);
        g.setPaint(new LinearGradientPaint((float) left, 0, (float) right, 0, new float[] {0f, 0.28f, 0.55f, 0.85f, 1f},
                new Color[] {new Color(0, 0, 0, 110), new Color(255, 255, 255, 70), new Color(0, 0, 0, 0), new Color(0, 0, 0, 80),
                        new Color(0, 0, 0, 140)}));
        g.fill(shape.getBounds2D());
        g.setClip(clip);
    }

    /** Hanging cloth falls in folds: soft vertical bands of shadow and light of uneven width. */
    static void folds(Graphics2D g, Shape shape, Random random, int count, int strength) {
        Rectangle2D b = shape.getBounds2D();
        Shape clip = g.getClip();
        g.clip(shape);
        double x = b.getMinX();
        double width = b.getWidth() / count;
        for (int i = 0; i < count; i++) {
            double w = width * (0.7 + random.nextDouble() * 0.6);
            g.setPaint(new LinearGradientPaint((float) x, 0, (float) (x + w), 0, new float[] {0f, 0.35f, 0.7f, 1f},
                    new Color[] {new Color(0, 0, 0, 0), new Color(0, 0, 0, strength), new Color(255, 255, 255, strength / 2),
                            new Color(0, 0, 0, 0)}));
            g.fill(new Rectangle2D.Double(x, b.getMinY(), w, b.getHeight()));
            x += w;
        }
        g.setClip(clip);
    }

    static void fringe(Graphics2D g, double x0, double x1, double y, Color colour, double length) {
        g.setStroke(new BasicStroke(3.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        int i = 0;
        for (double x = x0; x <= x1; x += 9, i++) {
            g.setColor(i % 2 == 0 ? colour : mix(colour, Color.WHITE, 0.25));
            g.draw(new QuadCurve2D.Double(x, y, x + 3, y + length / 2, x - 1 + (i % 3), y + length - (i % 4) * 3));
        }
    }

    /** A soft contact shadow: an ellipse that fades out from its centre. */
    static void shadow(Graphics2D g, double cx, double cy, double rx, double ry, int strength) {
        AffineTransform transform = new AffineTransform();
        transform.translate(cx, cy);
        transform.scale(rx, ry);
        g.setPaint(new RadialGradientPaint(new Point2D.Double(0, 0), 1f, new Point2D.Double(0, 0), new float[] {0f, 0.55f, 1f},
                new Color[] {new Color(50, 32, 18, strength), new Color(50, 32, 18, strength / 3), new Color(50, 32, 18, 0)},
                CycleMethod.NO_CYCLE, ColorSpaceType.SRGB, transform));
        g.fill(new Ellipse2D.Double(cx - rx, cy - ry, 2 * rx, 2 * ry));
    }
}
