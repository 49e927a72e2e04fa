package id.go.bnn.pasarbersinar.demo;

import id.go.bnn.pasarbersinar.producer.NewGroup;
import id.go.bnn.pasarbersinar.shared.LocalizedText;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** The demo producer groups, from the places and partners named in shared/seeds. Keys match products.tsv. */
final class DemoGroups {

    private DemoGroups() {
    }

    static Map<String, NewGroup> all() {
        Map<String, NewGroup> groups = new LinkedHashMap<>();
        groups.put("fatululi", group("Penjahit Tenun Fatululi", "KAWASAN_RAWAN", "53", "Kota Kupang", "Oebobo", "Kelurahan Fatululi",
                "-10.1617", "123.6103", 20, 2025,
                "Dua puluh warga Kelurahan Fatululi, salah satu kawasan rawan narkoba di NTT, belajar menjahit busana tenun dalam bimbingan teknis BNNP NTT bersama Disperindag NTT pada September 2025. Kini mereka menjahit kemeja, blus dan tas dari tenun ikat Kupang, dan penghasilannya menjadi alasan untuk menolak ajakan bisnis narkoba.",
                "Twenty residents of Kelurahan Fatululi, one of the drug-prone neighbourhoods of East Nusa Tenggara, learned to tailor woven garments in a BNN NTT training run with the provincial trade office in September 2025. They now sew shirts, blouses and bags from Kupang ikat, and the income gives them a reason to say no to the drug trade."));
        groups.put("kenebibi", group("Penenun Desa Bersinar Kenebibi", "KAWASAN_RAWAN", "53", "Kabupaten Belu", "Kakuluk Mesak", "Desa Kenebibi",
                "-9.0640", "124.8912", 14, 2025,
                "Desa Kenebibi di perbatasan Timor Leste dibentuk BNNP NTT menjadi Desa Bersih Narkoba (Desa Bersinar). Ibu-ibu penenun desa menenun kain futus dan buna dengan motif leluhur Belu.",
                "Kenebibi village on the Timor-Leste border was made a Drug-Free Village (Desa Bersinar) by BNN NTT. Its women weave futus and buna cloth in the ancestral patterns of Belu."));
        groups.put("tkp-jaya", group("UMKM TKP Jaya", "PASCA_REHABILITASI", "36", "Kota Tangerang", "Pinang", "Kelurahan Pinang",
                "-6.2297", "106.6578", 12, 2019,
                "Bengkel UMKM Tangerang Kita Peduli (TKP) Jaya di Jalan KH. Hasyim Ashari, Pinang, adalah mitra program Intervensi Berbasis Masyarakat (IBM) BNN Kota Tangerang. Di bawah bimbingan Jaro Mumu, klien pascarehabilitasi belajar menyulap tong bekas menjadi kursi, meja dan rak bernilai jual tinggi.",
                "The UMKM Tangerang Kita Peduli (TKP) Jaya workshop on Jalan KH. Hasyim Ashari in Pinang is a partner of BNN Tangerang's community-based intervention (IBM) programme. Coached by Jaro Mumu, people after rehabilitation learn to turn used drums into chairs, tables and shelves worth buying."));
        groups.put("batik-pinang", group("Galeri Batik Pinang", "PASCA_REHABILITASI", "36", "Kota Tangerang", "Pinang", "Kelurahan Pinang",
                "-6.2251", "106.6612", 9, 2018,
                "Galeri Batik Pinang adalah mitra IBM BNNP Banten yang mengajarkan membatik kepada klien pascarehabilitasi, dengan motif buah pinang dan ikon Kota Tangerang.",
                "Galeri Batik Pinang is a BNN Banten IBM partner that teaches batik to people after rehabilitation, in motifs of the areca nut and the icons of Tangerang."));
        groups.put("ratu-eceng", group("Ratu Eceng", "PASCA_REHABILITASI", "36", "Kota Tangerang", "Pinang", "Kelurahan Sangiang Jaya",
                "-6.2104", "106.6540", 11, 2020,
                "Ratu Eceng mengolah eceng gondok dari sungai dan situ di Tangerang menjadi tas, keranjang dan sandal. Sebagai mitra IBM, kelompok ini memberi kegiatan produktif kepada mantan pecandu yang sedang pulih.",
                "Ratu Eceng turns water hyacinth from Tangerang's rivers and lakes into bags, baskets and slippers. As an IBM partner it gives people in recovery productive daily work."));
        groups.put("pandegiling", group("Kriya Perempuan Pandegiling", "KAWASAN_RAWAN", "35", "Kota Surabaya", "Tegalsari", "Kelurahan Pandegiling",
                "-7.2723", "112.7345", 16, 2019,
                "Perempuan Pandegiling, kawasan rawan narkoba di tengah Kota Surabaya, melukis jilbab dan membatik sejak mengikuti pelatihan BNN. Karya mereka ikut dipamerkan pada Hari Anti Narkotika Internasional.",
                "The women of Pandegiling, a drug-prone neighbourhood in the heart of Surabaya, have painted hijabs and drawn batik since their BNN training. Their work has been shown at the International Day against Drug Abuse."));
        groups.put("olo", group("Anyaman Olo Bangkit", "KAWASAN_RAWAN", "13", "Kota Padang", "Padang Barat", "Kelurahan Olo",
                "-0.9432", "100.3556", 13, 2019,
                "Warga Kelurahan Olo di Padang menganyam pandan dan rotan menjadi keranjang, tikar dan tas, serta memasak rendang untuk dijual, sebagai bagian dari pemulihan kawasan rawan narkoba.",
                "Residents of Kelurahan Olo in Padang weave pandan and rattan into baskets, mats and bags, and cook rendang for sale, as part of their neighbourhood's recovery from the drug trade."));
        groups.put("parupuk", group("Songket Parupuk Tabing", "KAWASAN_RAWAN", "13", "Kota Padang", "Koto Tangah", "Kelurahan Parupuk Tabing",
                "-0.8625", "100.3297", 10, 2019,
                "Kelompok perempuan Parupuk Tabing menjahit clutch, dompet dan peci dari songket Minang dan membuat keripik balado.",
                "The women's group of Parupuk Tabing sews clutches, wallets and caps from Minang songket and makes balado chips."));
        groups.put("polonia", group("Kreasi Warga Polonia", "KAWASAN_RAWAN", "12", "Kota Medan", "Medan Polonia", "Kelurahan Polonia",
                "3.5629", "98.6717", 12, 2019,
                "Pemuda dan ibu-ibu Polonia, Medan, mengolah ulos dan barang bekas menjadi busana dan aksesoris lewat program pemberdayaan BNN.",
                "Young people and mothers of Polonia, Medan, turn ulos cloth and discarded materials into clothing and accessories through BNN's empowerment programme."));
        groups.put("kampung-ambon", group("Kampung Ambon Berkarya", "KAWASAN_RAWAN", "31", "Kota Jakarta Barat", "Cengkareng", "Kelurahan Kedaung Kali Angke",
                "-6.1553", "106.7433", 18, 2019,
                "Kampung Ambon dulu dikenal sebagai kampung narkoba di Jakarta. Kini pemuda dan ibu-ibunya menyablon kaos, melukis jilbab dan membuat batik Betawi bersama BNN.",
                "Kampung Ambon was once known as Jakarta's drug village. Today its young people and mothers print T-shirts, paint hijabs and make Betawi batik together with BNN."));
        groups.put("lamteuba", group("Petani Kopi Lamteuba", "PEMBERDAYAAN_ALTERNATIF", "11", "Kabupaten Aceh Besar", "Seulimeum", "Desa Lamteuba",
                "5.4833", "95.5833", 25, 2021,
                "Di lereng Seulawah, petani Lamteuba mengganti tanaman terlarang dengan kopi arabika, pisang dan madu hutan melalui program pemberdayaan alternatif BNN.",
                "On the slopes of Mount Seulawah, Lamteuba's farmers replaced illicit crops with arabica coffee, bananas and forest honey through BNN's alternative development programme."));
        return groups;
    }

    private static NewGroup group(String name, String programme, String province, String regency, String district, String village,
            String latitude, String longitude, int members, int founded, String storyId, String storyEn) {
        return new NewGroup(name, new LocalizedText(storyId, storyEn), programme, province, regency, district, village,
                new BigDecimal(latitude), new BigDecimal(longitude), "Koordinator " + name, demoPhone(name), null, members, founded);
    }

    /** A made-up number of the demo's own (+62 812 0000 …), so that a demo packing slip has a sender's phone. */
    static String demoPhone(String name) {
        return "+628120000" + String.format("%04d", Math.floorMod(name.hashCode(), 10_000));
    }
}
