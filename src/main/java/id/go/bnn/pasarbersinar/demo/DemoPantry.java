package id.go.bnn.pasarbersinar.demo;

import static id.go.bnn.pasarbersinar.demo.DemoBrush.*;
import static id.go.bnn.pasarbersinar.demo.DemoFabrics.alpha;
import static id.go.bnn.pasarbersinar.demo.DemoFabrics.c;
import static id.go.bnn.pasarbersinar.demo.DemoFabrics.mix;

import id.go.bnn.pasarbersinar.demo.DemoObjects.Look;
import id.go.bnn.pasarbersinar.demo.DemoPictures.Kind;
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
import java.util.Random;

/** Food from the alternative-development farms: coffee and snack pouches, a honey jar. */
final class DemoPantry {

    private DemoPantry() {
    }

    static void pouchPack(Graphics2D g, Look look) {
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

    static void beans(Graphics2D g, Random random, double x, double y, int count) {
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

    static void honey(Graphics2D g, Look look) {
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
}
