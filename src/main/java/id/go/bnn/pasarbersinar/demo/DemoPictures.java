package id.go.bnn.pasarbersinar.demo;

import static id.go.bnn.pasarbersinar.demo.DemoFabrics.c;
import static id.go.bnn.pasarbersinar.demo.DemoFabrics.mix;

import id.go.bnn.pasarbersinar.demo.DemoFabrics.Fabric;
import id.go.bnn.pasarbersinar.demo.DemoFabrics.Weave;
import id.go.bnn.pasarbersinar.demo.DemoObjects.Look;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.LinearGradientPaint;
import java.awt.RadialGradientPaint;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Draws the photos of a demo product without the network: the thing itself (a cloth on a rod, a shirt on a hanger, a
 * hijab on a head form, a woven bag, a drum chair, a lamp, a jar …) on a warm studio backdrop with soft light and a
 * shadow, a close-up of its pattern, and the thing in a simple room. Colours, motifs and proportions come from the
 * product's seed, so every product looks its own, and the same product always gives the same bytes.
 */
final class DemoPictures {

    static final int SIZE = 1000;

    /** The kinds of thing the demo products are, each drawn in its own way. */
    enum Kind {
        CLOTH, SHAWL, SHIRT, TSHIRT, BLOUSE, VEST, OUTER, CAP, HIJAB, TOTE, SLING, ROUND_BAG, CLUTCH, POUCH, WALLET, KEY_RING,
        MASK, BRACELET, BROOCH, FRAME, RUNNER, BASKET, FOOD_COVER, PLACEMATS, SLIPPERS, WALL_HANGING, MAT, TABLE_LAMP,
        PENDANT_LAMP, DRUM_CHAIR, DRUM_TABLE, DRUM_BIN, DRUM_SHELF, PLANTER, SNACK, COFFEE, HONEY
    }

    /** Small things show themselves and themselves in a room; a close-up of them says nothing more. */
    private static final Set<Kind> TWO_VIEWS = EnumSet.of(Kind.KEY_RING, Kind.MASK, Kind.BRACELET, Kind.BROOCH, Kind.SNACK,
            Kind.COFFEE, Kind.HONEY);
    /** Things whose close-up is their cloth or weave rather than a larger view of the object. */
    private static final Set<Kind> CLOSE_UP_OF_SURFACE = EnumSet.of(Kind.CLOTH, Kind.SHAWL, Kind.SHIRT, Kind.BLOUSE, Kind.VEST,
            Kind.OUTER, Kind.HIJAB, Kind.RUNNER, Kind.MAT, Kind.TOTE, Kind.SLING, Kind.ROUND_BAG, Kind.CLUTCH, Kind.POUCH,
            Kind.WALLET, Kind.BASKET, Kind.FOOD_COVER, Kind.PLACEMATS, Kind.SLIPPERS, Kind.WALL_HANGING, Kind.CAP, Kind.FRAME,
            Kind.PENDANT_LAMP);
    /** Plain canvas, cotton or rubber says little up close: those close-ups show the object larger instead. */
    private static final Set<Weave> PLAIN = EnumSet.of(Weave.CANVAS, Weave.COTTON, Weave.RUBBER);
    private static final Set<Weave> CLOTH_WEAVES = EnumSet.of(Weave.IKAT, Weave.SONGKET, Weave.ULOS, Weave.KAWUNG, Weave.PARANG,
            Weave.SULUR, Weave.PINANG, Weave.TUMPAL, Weave.PAINTED, Weave.COTTON, Weave.CANVAS);

    private static final Color[] BACKDROPS = {c(0xefe7db), c(0xe9dfd0), c(0xf2ebe1), c(0xe5e4d8), c(0xf0e4dc), c(0xe3e8e3),
            c(0xf1e6d2), c(0xece3e8)};
    private static final Color[] PAINTS = {c(0xc0392b), c(0x2e6da4), c(0xe0a82e), c(0x2a9d8f), c(0x4f7a4a), c(0xd35f33)};
    private static final Color[] PACKS = {c(0xc0392b), c(0xe0a82e), c(0x2a6f5f), c(0x7a3b2e), c(0x2e4f7a)};

    private DemoPictures() {
    }

    /** What a demo product is, from its category and English title. */
    static Kind kindOf(String category, String titleEn) {
        String t = titleEn.toLowerCase(Locale.ROOT);
        record Rule(String word, Kind kind) {
        }
        List<Rule> rules = List.of(new Rule("lamp shade", Kind.PENDANT_LAMP), new Rule("lamp", Kind.TABLE_LAMP),
                new Rule("chair", Kind.DRUM_CHAIR), new Rule("coffee table", Kind.DRUM_TABLE), new Rule("bin", Kind.DRUM_BIN),
                new Rule("bookshelf", Kind.DRUM_SHELF), new Rule("planter", Kind.PLANTER), new Rule("wallet", Kind.WALLET),
                new Rule("purse", Kind.POUCH), new Rule("pouch", Kind.POUCH), new Rule("clutch", Kind.CLUTCH),
                new Rule("sling", Kind.SLING), new Rule("round rattan", Kind.ROUND_BAG), new Rule("bag", Kind.TOTE),
                new Rule("tote", Kind.TOTE), new Rule("mask", Kind.MASK), new Rule("bracelet", Kind.BRACELET),
                new Rule("brooch", Kind.BROOCH), new Rule("key ring", Kind.KEY_RING), new Rule("frame", Kind.FRAME),
                new Rule("runner", Kind.RUNNER), new Rule("t-shirt", Kind.TSHIRT), new Rule("shirt", Kind.SHIRT),
                new Rule("blouse", Kind.BLOUSE), new Rule("vest", Kind.VEST), new Rule("outer", Kind.OUTER),
                new Rule("cap", Kind.CAP), new Rule("hijab", Kind.HIJAB), new Rule("pashmina", Kind.HIJAB),
                new Rule("shawl", Kind.SHAWL), new Rule("scarf", Kind.SHAWL), new Rule("sarong", Kind.CLOTH),
                new Rule("cloth", Kind.CLOTH), new Rule("basket", Kind.BASKET), new Rule("box", Kind.BASKET),
                new Rule("food cover", Kind.FOOD_COVER), new Rule("placemat", Kind.PLACEMATS), new Rule("slipper", Kind.SLIPPERS),
                new Rule("wall hanging", Kind.WALL_HANGING), new Rule("mat", Kind.MAT), new Rule("honey", Kind.HONEY),
                new Rule("coffee", Kind.COFFEE));
        for (Rule rule : rules) {
            if (t.contains(rule.word())) {
                return rule.kind();
            }
        }
        return switch (category) {
            case "tenun", "batik" -> Kind.CLOTH;
            case "busana" -> Kind.SHIRT;
            case "jilbab-lukis" -> Kind.HIJAB;
            case "tas-clutch" -> Kind.TOTE;
            case "anyaman", "eceng-gondok" -> Kind.BASKET;
            case "daur-ulang" -> Kind.DRUM_BIN;
            case "makanan" -> Kind.SNACK;
            case "dekorasi-rumah" -> Kind.WALL_HANGING;
            default -> Kind.KEY_RING;
        };
    }

    /** How many photos a product of this kind gets: two or three. */
    static int views(Kind kind) {
        return TWO_VIEWS.contains(kind) ? 2 : 3;
    }

    /** A stable seed for a product, from what names it (not from its position in a list). */
    static long seedOf(String groupKey, String titleEn) {
        return ((long) groupKey.hashCode() << 32) ^ titleEn.hashCode();
    }

    /** Every photo of a product, the cover first, as JPEG. */
    static List<byte[]> photos(String category, String titleEn, long seed) {
        Kind kind = kindOf(category, titleEn);
        List<byte[]> photos = new ArrayList<>();
        photos.add(jpeg(render(kind, category, titleEn, seed, View.COVER)));
        if (views(kind) == 3) {
            photos.add(jpeg(render(kind, category, titleEn, seed, View.CLOSE_UP)));
        }
        photos.add(jpeg(render(kind, category, titleEn, seed, View.SCENE)));
        return photos;
    }

    /** The cover photo only, for catalogs that need one picture per kind of thing. */
    static byte[] cover(String category, String titleEn, long seed) {
        return jpeg(render(kindOf(category, titleEn), category, titleEn, seed, View.COVER));
    }

    enum View {
        COVER, CLOSE_UP, SCENE
    }

    private static Look look(Kind kind, String category, String titleEn, long seed) {
        Random random = new Random(seed);
        String title = titleEn.toLowerCase(Locale.ROOT);
        Weave weave = switch (kind) {
            case DRUM_CHAIR -> Weave.PARANG;
            case HONEY, SNACK, COFFEE -> Weave.KAWUNG;
            default -> DemoFabrics.weaveOf(category, titleEn);
        };
        Fabric fabric = DemoFabrics.make(weave, random);
        Weave secondWeave = title.contains("panel") && kind == Kind.TOTE ? Weave.IKAT
                : CLOTH_WEAVES.contains(weave) && kind != Kind.TSHIRT && kind != Kind.BLOUSE && kind != Kind.SHIRT ? weave : Weave.COTTON;
        if (kind == Kind.BLOUSE || title.contains("panel") && kind == Kind.SHIRT) {
            secondWeave = Weave.COTTON;
        }
        Fabric second = DemoFabrics.make(secondWeave, random);
        Color paint = switch (kind) {
            case DRUM_CHAIR -> PAINTS[0];
            case SNACK, COFFEE -> PACKS[random.nextInt(PACKS.length)];
            case TABLE_LAMP -> new Color[] {c(0x9aa3a8), c(0x7c8b6f), c(0xb0703c)}[random.nextInt(3)];
            default -> PAINTS[random.nextInt(PAINTS.length)];
        };
        return new Look(kind, title, fabric, second, paint, random);
    }

    static BufferedImage render(Kind kind, String category, String titleEn, long seed, View view) {
        BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.scale(SIZE / 1000.0, SIZE / 1000.0);
            Look look = look(kind, category, titleEn, seed);
            Random scene = new Random(seed * 31 + view.ordinal());
            Color backdrop = BACKDROPS[scene.nextInt(BACKDROPS.length)];
            switch (view) {
                case COVER -> {
                    DemoSets.studio(g, backdrop, dim(kind));
                    // The object fills more of the frame than it would in a room: the card shows it small.
                    g.translate(500, 560);
                    g.scale(1.12, 1.12);
                    g.translate(-500, -560);
                    DemoObjects.draw(g, look);
                }
                case CLOSE_UP -> {
                    if (CLOSE_UP_OF_SURFACE.contains(kind) && !PLAIN.contains(look.fabric().weave())) {
                        closeUp(g, look, scene);
                    } else {
                        DemoSets.studio(g, backdrop, dim(kind));
                        AffineTransform saved = g.getTransform();
                        g.translate(500, 500);
                        g.scale(1.8, 1.8);
                        g.translate(-500, -560);
                        DemoObjects.draw(g, look);
                        g.setTransform(saved);
                    }
                }
                case SCENE -> DemoSets.room(g, look, backdrop, dim(kind));
            }
            DemoSets.vignette(g);
        } finally {
            g.dispose();
        }
        return image;
    }

    private static boolean dim(Kind kind) {
        return kind == Kind.TABLE_LAMP || kind == Kind.PENDANT_LAMP;
    }

    /** The cloth or weave seen from close by, falling in soft diagonal folds; woven cloth ends in a fringe. */
    private static void closeUp(Graphics2D g, Look look, Random scene) {
        Fabric fabric = look.fabric();
        boolean cloth = CLOTH_WEAVES.contains(fabric.weave());
        AffineTransform saved = g.getTransform();
        g.rotate((cloth ? -0.12 : 0.08) + (scene.nextDouble() - 0.5) * 0.3, 500, 500);
        g.setPaint(fabric.paint(fabric.repeat() * (cloth ? 2.4 : 2.6) * (0.85 + scene.nextDouble() * 0.4)));
        g.fill(new Rectangle2D.Double(-200, -200, 1400, 1400));
        g.setTransform(saved);
        if (cloth) {
            for (int i = 0; i < 5; i++) {
                double x = -200 + i * 280 + scene.nextInt(80);
                double w = 220 + scene.nextInt(120);
                Path2D band = new Path2D.Double();
                band.moveTo(x, 0);
                band.lineTo(x + w, 0);
                band.lineTo(x + w + 300, 1000);
                band.lineTo(x + 300, 1000);
                band.closePath();
                g.setPaint(new LinearGradientPaint((float) x, 0, (float) (x + w), 0, new float[] {0f, 0.4f, 0.75f, 1f},
                        new Color[] {new Color(0, 0, 0, 0), new Color(20, 10, 0, 80), new Color(255, 250, 240, 45), new Color(0, 0, 0, 0)}));
                g.fill(band);
            }
            boolean woven = fabric.weave() == Weave.IKAT || fabric.weave() == Weave.SONGKET || fabric.weave() == Weave.ULOS;
            if (woven && (look.kind() == Kind.CLOTH || look.kind() == Kind.SHAWL || look.kind() == Kind.RUNNER)) {
                g.setPaint(new GradientPaint(0, 830, new Color(0, 0, 0, 0), 0, 880, new Color(30, 20, 10, 120)));
                g.fill(new Rectangle2D.Double(0, 830, 1000, 50));
                Color backdrop = c(0xece3d6);
                g.setColor(backdrop);
                g.fill(new Rectangle2D.Double(0, 880, 1000, 120));
                DemoBrush.fringe(g, 0, 1000, 878, fabric.base(), 90);
                DemoBrush.fringe(g, 4, 1000, 878, mix(fabric.accent(), fabric.base(), 0.5), 84);
            }
        } else {
            g.setPaint(new RadialGradientPaint(new Point2D.Double(380, 340), 900, new float[] {0f, 1f},
                    new Color[] {new Color(255, 250, 235, 70), new Color(30, 15, 0, 90)}));
            g.fill(new Rectangle2D.Double(0, 0, 1000, 1000));
        }
    }

    static byte[] jpeg(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(160 * 1024);
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.86f);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
