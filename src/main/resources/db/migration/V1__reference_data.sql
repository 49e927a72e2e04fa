-- Reference data: provinces (Kemendagri codes, 38 since the 2022 Papua split), programmes, categories.
-- Portable between H2 (MySQL mode), MySQL 8 and MariaDB 10.11.

CREATE TABLE province (
    code        VARCHAR(2)     NOT NULL PRIMARY KEY,
    name        VARCHAR(80)  NOT NULL,
    island      VARCHAR(40)  NOT NULL,
    capital     VARCHAR(80)  NOT NULL
);

INSERT INTO province (code, name, island, capital) VALUES
('11', 'Aceh', 'Sumatera', 'Banda Aceh'),
('12', 'Sumatera Utara', 'Sumatera', 'Medan'),
('13', 'Sumatera Barat', 'Sumatera', 'Padang'),
('14', 'Riau', 'Sumatera', 'Pekanbaru'),
('15', 'Jambi', 'Sumatera', 'Jambi'),
('16', 'Sumatera Selatan', 'Sumatera', 'Palembang'),
('17', 'Bengkulu', 'Sumatera', 'Bengkulu'),
('18', 'Lampung', 'Sumatera', 'Bandar Lampung'),
('19', 'Kepulauan Bangka Belitung', 'Sumatera', 'Pangkalpinang'),
('21', 'Kepulauan Riau', 'Sumatera', 'Tanjungpinang'),
('31', 'DKI Jakarta', 'Jawa', 'Jakarta'),
('32', 'Jawa Barat', 'Jawa', 'Bandung'),
('33', 'Jawa Tengah', 'Jawa', 'Semarang'),
('34', 'DI Yogyakarta', 'Jawa', 'Yogyakarta'),
('35', 'Jawa Timur', 'Jawa', 'Surabaya'),
('36', 'Banten', 'Jawa', 'Serang'),
('51', 'Bali', 'Bali dan Nusa Tenggara', 'Denpasar'),
('52', 'Nusa Tenggara Barat', 'Bali dan Nusa Tenggara', 'Mataram'),
('53', 'Nusa Tenggara Timur', 'Bali dan Nusa Tenggara', 'Kupang'),
('61', 'Kalimantan Barat', 'Kalimantan', 'Pontianak'),
('62', 'Kalimantan Tengah', 'Kalimantan', 'Palangka Raya'),
('63', 'Kalimantan Selatan', 'Kalimantan', 'Banjarbaru'),
('64', 'Kalimantan Timur', 'Kalimantan', 'Samarinda'),
('65', 'Kalimantan Utara', 'Kalimantan', 'Tanjung Selor'),
('71', 'Sulawesi Utara', 'Sulawesi', 'Manado'),
('72', 'Sulawesi Tengah', 'Sulawesi', 'Palu'),
('73', 'Sulawesi Selatan', 'Sulawesi', 'Makassar'),
('74', 'Sulawesi Tenggara', 'Sulawesi', 'Kendari'),
('75', 'Gorontalo', 'Sulawesi', 'Gorontalo'),
('76', 'Sulawesi Barat', 'Sulawesi', 'Mamuju'),
('81', 'Maluku', 'Maluku', 'Ambon'),
('82', 'Maluku Utara', 'Maluku', 'Sofifi'),
('91', 'Papua', 'Papua', 'Jayapura'),
('92', 'Papua Barat', 'Papua', 'Manokwari'),
('93', 'Papua Selatan', 'Papua', 'Merauke'),
('94', 'Papua Tengah', 'Papua', 'Nabire'),
('95', 'Papua Pegunungan', 'Papua', 'Jayawijaya'),
('96', 'Papua Barat Daya', 'Papua', 'Sorong');

CREATE TABLE programme (
    code            VARCHAR(40)   NOT NULL PRIMARY KEY,
    name_id         VARCHAR(160)  NOT NULL,
    name_en         VARCHAR(160)  NOT NULL,
    description_id  VARCHAR(1000) NOT NULL,
    description_en  VARCHAR(1000) NOT NULL,
    position        INT           NOT NULL
);

INSERT INTO programme (code, name_id, name_en, description_id, description_en, position) VALUES
('KAWASAN_RAWAN',
 'Pemberdayaan Masyarakat Kawasan Rawan Narkoba',
 'Community empowerment in drug-prone areas',
 'Pelatihan keterampilan dan kewirausahaan bagi warga di kawasan rawan narkoba, agar kawasan pulih menjadi kawasan bersih narkoba (Bersinar).',
 'Skills and entrepreneurship training for residents of drug-prone neighbourhoods, so that the area recovers into a drug-free (Bersinar) area.',
 1),
('PASCA_REHABILITASI',
 'Pascarehabilitasi / Intervensi Berbasis Masyarakat (IBM)',
 'Post-rehabilitation / community-based intervention (IBM)',
 'Usaha mitra IBM yang memberi pekerjaan dan pelatihan kepada klien pascarehabilitasi, agar mereka produktif dan tidak kambuh.',
 'IBM partner businesses that give work and training to people after rehabilitation, so that they stay productive and do not relapse.',
 2),
('PEMBERDAYAAN_ALTERNATIF',
 'Pemberdayaan Alternatif',
 'Alternative development',
 'Mata pencaharian pengganti di bekas kawasan tanaman terlarang.',
 'Alternative livelihoods in former illicit-crop areas.',
 3);

CREATE TABLE category (
    code        VARCHAR(40)  NOT NULL PRIMARY KEY,
    name_id     VARCHAR(80)  NOT NULL,
    name_en     VARCHAR(80)  NOT NULL,
    position    INT          NOT NULL
);

INSERT INTO category (code, name_id, name_en, position) VALUES
('tenun', 'Tenun', 'Woven textiles (tenun)', 1),
('batik', 'Batik', 'Batik', 2),
('anyaman', 'Anyaman', 'Woven baskets (anyaman)', 3),
('eceng-gondok', 'Kerajinan Eceng Gondok', 'Water hyacinth crafts', 4),
('jilbab-lukis', 'Jilbab Lukis', 'Hand-painted headscarves', 5),
('tas-clutch', 'Tas & Clutch', 'Bags & clutches', 6),
('daur-ulang', 'Produk Daur Ulang', 'Upcycled goods', 7),
('busana', 'Busana', 'Clothing', 8),
('dekorasi-rumah', 'Dekorasi Rumah', 'Home decor', 9),
('aksesoris', 'Aksesoris', 'Accessories', 10),
('makanan', 'Makanan & Camilan', 'Food & snacks', 11);
