"""Word lists of Indonesian government language that the gazetteer does not hold:
regional service fields, agency abbreviations, central bodies, police and military
units, titles, honorifics and degrees. Data only; the grammar lives elsewhere."""

from __future__ import annotations


def words(text: str) -> frozenset[str]:
    """A set of words written as one string (easier to read and edit)."""
    return frozenset(text.split())


# Words that make up the field of a Dinas / Badan / Bagian / Bidang ("Dinas Pendidikan
# dan Kebudayaan", "Bidang Intelijen dan Penindakan Keimigrasian").
FIELD_WORDS = words(
    """pendidikan kebudayaan kesehatan pariwisata kepemudaan olahraga pemuda tenaga kerja
    transmigrasi kependudukan pencatatan sipil penanaman modal pelayanan terpadu satu pintu
    perhubungan sosial komunikasi informatika informasi statistik persandian perindustrian
    perdagangan koperasi usaha mikro kecil menengah ukm umkm pertanian perikanan kelautan
    lingkungan hidup pekerjaan umum penataan ruang perumahan kawasan permukiman pemberdayaan
    masyarakat desa perempuan perlindungan anak pengendalian penduduk keluarga berencana
    ketahanan pangan kehutanan perkebunan peternakan energi sumber daya mineral air pemadam
    kebakaran penyelamatan arsip perpustakaan kearsipan kebersihan pertamanan tata kota
    pendapatan keuangan aset daerah bina marga cipta karya penanggulangan bencana perencanaan
    pembangunan penelitian pengembangan kepegawaian manusia intelijen penindakan keimigrasian
    imigrasi pengawasan lalu lintas izin tinggal dokumen perjalanan teknologi hukum humas
    protokol pemerintahan administrasi umum kerja sama kerjasama organisasi perekonomian
    kesejahteraan rakyat penegakan kepatuhan internal sarana prasarana fasilitasi status
    keimigrasian perundang-undangan kelembagaan prolap tapem tata usaha program evaluasi
    pelaporan politik kesatuan bangsa ekonomi pengelolaan dalam negeri luar hubungan
    masyarakat pengaduan ketertiban pemasyarakatan inteldakim tikim lantaskim wasdakim yankumham
    intaltuskim infokim insarkim pengamanan pemindahan pengelola perbatasan riset inovasi
    koordinasi orang asing lembaga perizinan ptsp registrasi syariat islam pertanahan
    tanaman hortikultura pangan dayah pemakaman bangunan gedung transportasi kreatif
    otonomi khusus kesra keistimewaan
    wisata budaya keamanan destinasi penempatan pemasaran promosi industri ketenagakerjaan
    pelatihan produktivitas industrial rehabilitasi jaminan bantuan kewaspadaan ideologi
    wawasan kebangsaan seni sejarah kemitraan investasi data aplikasi verifikasi""")

# Abbreviated regional bodies: abbreviation -> (kind, body name). Only abbreviations of one
# body: "BKD" is the Badan Keuangan Daerah in one region, the Badan Kepegawaian in another.
AGENCY_ABBREVIATIONS: dict[str, tuple[str, str]] = {
    "Disdukcapil": ("DINAS", "Dinas Kependudukan dan Pencatatan Sipil"),
    "Dukcapil": ("DINAS", "Dinas Kependudukan dan Pencatatan Sipil"),
    "DPMPTSP": ("DINAS", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu"),
    "DPM-PTSP": ("DINAS", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu"),
    "DPM PTSP": ("DINAS", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu"),
    "DPMPPTSP": ("DINAS", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu"),
    "Disnakertrans": ("DINAS", "Dinas Tenaga Kerja dan Transmigrasi"),
    "Disnaker": ("DINAS", "Dinas Tenaga Kerja"),
    "Disnakerin": ("DINAS", "Dinas Tenaga Kerja dan Perindustrian"),
    "Dispar": ("DINAS", "Dinas Pariwisata"),
    "Disparbud": ("DINAS", "Dinas Pariwisata dan Kebudayaan"),
    "Disbudpar": ("DINAS", "Dinas Kebudayaan dan Pariwisata"),
    "Disporapar": ("DINAS", "Dinas Kepemudaan, Olahraga dan Pariwisata"),
    "Dispora": ("DINAS", "Dinas Kepemudaan dan Olahraga"),
    "Diskominfo": ("DINAS", "Dinas Komunikasi dan Informatika"),
    "Diskominfotik": ("DINAS", "Dinas Komunikasi, Informatika dan Statistik"),
    "Dinkes": ("DINAS", "Dinas Kesehatan"),
    "Disdik": ("DINAS", "Dinas Pendidikan"),
    "Disdikbud": ("DINAS", "Dinas Pendidikan dan Kebudayaan"),
    "Dishub": ("DINAS", "Dinas Perhubungan"),
    "Disperindag": ("DINAS", "Dinas Perindustrian dan Perdagangan"),
    "Dinsos": ("DINAS", "Dinas Sosial"),
    "DPMD": ("DINAS", "Dinas Pemberdayaan Masyarakat dan Desa"),
    "DPUPR": ("DINAS", "Dinas Pekerjaan Umum dan Penataan Ruang"),
    "Dispendukcapil": ("DINAS", "Dinas Kependudukan dan Pencatatan Sipil"),
    "Disdikpora": ("DINAS", "Dinas Pendidikan, Pemuda dan Olahraga"),
    "Disparpora": ("DINAS", "Dinas Pariwisata, Pemuda dan Olahraga"),
    "Disperkim": ("DINAS", "Dinas Perumahan dan Kawasan Permukiman"),
    "DLH": ("DINAS", "Dinas Lingkungan Hidup"),
    "Dispenda": ("DINAS", "Dinas Pendapatan Daerah"),
    "Satpol PP": ("BADAN", "Satuan Polisi Pamong Praja"),
    "Satpol PP dan WH": ("BADAN", "Satuan Polisi Pamong Praja dan Wilayatul Hisbah"),
    "Satpol PP-WH": ("BADAN", "Satuan Polisi Pamong Praja dan Wilayatul Hisbah"),
    "BPPD": ("BADAN", "Badan Pengelola Perbatasan Daerah"),
    "Bappeda": ("BADAN", "Badan Perencanaan Pembangunan Daerah"),
    "Bapenda": ("BADAN", "Badan Pendapatan Daerah"),
    "BPBD": ("BADAN", "Badan Penanggulangan Bencana Daerah"),
    "BPKAD": ("BADAN", "Badan Pengelolaan Keuangan dan Aset Daerah"),
    "BPPKAD": ("BADAN", "Badan Pengelolaan Pendapatan, Keuangan dan Aset Daerah"),
    "BPKPAD": ("BADAN", "Badan Pengelolaan Keuangan, Pendapatan dan Aset Daerah"),
    "BPKD": ("BADAN", "Badan Pengelolaan Keuangan Daerah"),
    "BKPSDM": ("BADAN", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia"),
    "Kesbangpol": ("KESBANGPOL", "Badan Kesatuan Bangsa dan Politik"),
    "Bakesbangpol": ("KESBANGPOL", "Badan Kesatuan Bangsa dan Politik"),
    "Kesbangpolinmas": ("KESBANGPOL", "Badan Kesatuan Bangsa dan Politik"),
    "Bakesbangpoldagri": ("KESBANGPOL", "Badan Kesatuan Bangsa dan Politik"),
    "Kesbangpoldagri": ("KESBANGPOL", "Badan Kesatuan Bangsa dan Politik"),
}

# Full Dinas names a shortened one may stand for ("Dinas Kependudukan").
DINAS_FULL_NAMES = sorted({body for kind, body in AGENCY_ABBREVIATIONS.values()
                           if kind == "DINAS"})

# Ministries by their short names ("KKP", "Kemenkes"; written out, any "Kementerian X" is
# read by rules_other.ministries) and national agencies that sign MoUs and grants with
# regional governments. The election bodies have branches in every province and kab/kota
# ("Bawaslu Sultra", "KPU Kabupaten Sleman"): ELECTION_BODIES take the place after them.
# Not "Kominfo" alone: a regional Dinas is called that too.
NATIONAL_BODIES: list[tuple[str, str]] = [
    (r"Kementerian\s+Kelautan\s+dan\s+Perikanan|KKP", "Kementerian Kelautan dan Perikanan"),
    (r"Kemenkes", "Kementerian Kesehatan"),
    (r"Kementerian\s+Koordinator\s+(?:Bidang\s+)?Politik,?\s+Hukum,?\s+dan\s+Keamanan|"
     r"Kemenko\s*Polhukam|Kemenkopolhukam",
     "Kementerian Koordinator Bidang Politik, Hukum, dan Keamanan"),
    (r"Kemen\s*PAN-?\s*RB|KemenPANRB|Kementerian\s+PAN-?\s*RB",
     "Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi"),
    (r"Kemenkeu", "Kementerian Keuangan"),
    (r"Kemkominfo|Kemenkominfo", "Kementerian Komunikasi dan Informatika"),
    (r"Kemkomdigi|Kemenkomdigi", "Kementerian Komunikasi dan Digital"),
    (r"Kemensos", "Kementerian Sosial"),
    (r"Kementan", "Kementerian Pertanian"),
    (r"Kemenhub", "Kementerian Perhubungan"),
    (r"Kemendikbud(?:ristek)?", "Kementerian Pendidikan dan Kebudayaan"),
    (r"Kemendes\s*PDTT|Kemendes",
     "Kementerian Desa, Pembangunan Daerah Tertinggal dan Transmigrasi"),
    (r"Kementerian\s+BUMN", "Kementerian Badan Usaha Milik Negara"),
    (r"Kementerian\s+ATR/BPN|Kementerian\s+Agraria\s+dan\s+Tata\s+Ruang(?:/BPN)?",
     "Kementerian Agraria dan Tata Ruang/Badan Pertanahan Nasional"),
    (r"Kementerian\s+PPN/Bappenas|Bappenas",
     "Kementerian Perencanaan Pembangunan Nasional/Badan Perencanaan Pembangunan Nasional"),
    (r"Badan\s+Pengawas\s+Pemilihan\s+Umum|Bawaslu", "Badan Pengawas Pemilihan Umum"),
    (r"Komisi\s+Pemilihan\s+Umum|KPU", "Komisi Pemilihan Umum"),
    (r"Badan\s+Kepegawaian\s+Negara|BKN", "Badan Kepegawaian Negara"),
    (r"Badan\s+Kependudukan\s+dan\s+Keluarga\s+Berencana\s+Nasional|BKKBN",
     "Badan Kependudukan dan Keluarga Berencana Nasional"),
    (r"(?:BPJS|Badan\s+Penyelenggara\s+Jaminan\s+Sosial)\s+Kesehatan",
     "Badan Penyelenggara Jaminan Sosial Kesehatan"),
    (r"(?:BPJS|Badan\s+Penyelenggara\s+Jaminan\s+Sosial)\s+Ketenagakerjaan|BP\s+Jamsostek",
     "Badan Penyelenggara Jaminan Sosial Ketenagakerjaan"),
    (r"Pusat\s+Pelaporan\s+dan\s+Analisis\s+Transaksi\s+Keuangan|PPATK",
     "Pusat Pelaporan dan Analisis Transaksi Keuangan"),
    (r"(?:Direktorat\s+Jenderal|Ditjen)\s+Pajak|DJP", "Direktorat Jenderal Pajak"),
    (r"(?:Direktorat\s+Jenderal|Ditjen)\s+(?:Kependudukan\s+dan\s+Pencatatan\s+Sipil|Dukcapil)",
     "Direktorat Jenderal Kependudukan dan Pencatatan Sipil"),
    (r"Bank\s+Indonesia", "Bank Indonesia"),
    (r"Badan\s+Nasional\s+Penanggulangan\s+Bencana|BNPB",
     "Badan Nasional Penanggulangan Bencana"),
    (r"Badan\s+Meteorologi,?\s+Klimatologi,?\s+dan\s+Geofisika|BMKG",
     "Badan Meteorologi, Klimatologi, dan Geofisika"),
    (r"Badan\s+Nasional\s+Penempatan\s+dan\s+Perlindungan\s+Tenaga\s+Kerja\s+Indonesia|BNP2TKI",
     "Badan Nasional Penempatan dan Perlindungan Tenaga Kerja Indonesia"),
]
# The ministries' names after "Kementerian", to end a written-out name where the ministry's
# ends ("Kementerian Pekerjaan Umum dan Perumahan Rakyat Khalawi": a person follows).
MINISTRY_NAMES = sorted([
    "Agama", "Agraria dan Tata Ruang", "Badan Usaha Milik Negara", "Dalam Negeri",
    "Desa, Pembangunan Daerah Tertinggal dan Transmigrasi", "Energi dan Sumber Daya Mineral",
    "Hukum", "Hukum dan Hak Asasi Manusia", "Imigrasi dan Pemasyarakatan", "Investasi",
    "Kelautan dan Perikanan", "Kesehatan", "Ketenagakerjaan", "Keuangan",
    "Komunikasi dan Digital", "Komunikasi dan Informatika", "Koperasi",
    "Koperasi dan Usaha Kecil dan Menengah", "Lingkungan Hidup",
    "Lingkungan Hidup dan Kehutanan", "Luar Negeri", "Pariwisata",
    "Pariwisata dan Ekonomi Kreatif", "Pekerjaan Umum", "Pekerjaan Umum dan Perumahan Rakyat",
    "Pelindungan Pekerja Migran Indonesia", "Pemuda dan Olahraga",
    "Pendayagunaan Aparatur Negara dan Reformasi Birokrasi", "Pendidikan Dasar dan Menengah",
    "Pendidikan dan Kebudayaan", "Pendidikan Tinggi, Sains, dan Teknologi",
    "Perdagangan", "Perencanaan Pembangunan Nasional", "Perhubungan", "Perindustrian",
    "Pertahanan", "Pertanian", "Sekretariat Negara", "Sosial",
    "Tenaga Kerja dan Transmigrasi"], key=len, reverse=True)

ELECTION_BODIES = frozenset({"Badan Pengawas Pemilihan Umum", "Komisi Pemilihan Umum"})

# Central bodies other than immigration: written form (regex) -> canonical name.
CENTRAL_BODIES: list[tuple[str, str]] = [
    (r"(?:Direktorat\s+Jenderal\s+|Ditjen\s+)?Bea\s+(?:dan\s+)?Cukai|DJBC",
     "Direktorat Jenderal Bea dan Cukai"),
    (r"Badan\s+Narkotika\s+Nasional|BNN", "Badan Narkotika Nasional"),
    (r"Kantor\s+Kesyahbandaran\s+dan\s+Otoritas\s+Pelabuhan|KSOP",
     "Kantor Kesyahbandaran dan Otoritas Pelabuhan"),
    (r"Badan\s+Pengusahaan(?:\s*\(BP\))?(?:\s+Kawasan\s+[A-Z][\w\s]{0,80}?)?\s+Batam|BP\s+Batam",
     "Badan Pengusahaan Batam"),
    (r"Badan\s+Intelijen\s+Negara|BIN", "Badan Intelijen Negara"),
    (r"Komisi\s+Pemberantasan\s+Korupsi|KPK", "Komisi Pemberantasan Korupsi"),
    (r"Badan\s+Pusat\s+Statistik|BPS", "Badan Pusat Statistik"),
    (r"Badan\s+Pe(?:r)?lindungan\s+Pekerja\s+Migran\s+Indonesia|BP2MI",
     "Badan Pelindungan Pekerja Migran Indonesia"),
    (r"Balai\s+Pelayanan\s+Pe(?:r)?lindungan\s+Pekerja\s+Migran\s+Indonesia|BP3MI",
     "Balai Pelayanan Pelindungan Pekerja Migran Indonesia"),
    (r"Badan\s+Nasional\s+Pengelola\s+Perbatasan|BNPP", "Badan Nasional Pengelola Perbatasan"),
    (r"Badan\s+Keamanan\s+Laut|Bakamla", "Badan Keamanan Laut"),
    (r"Badan\s+SAR\s+Nasional|Badan\s+Nasional\s+Pencarian\s+dan\s+Pertolongan|Basarnas",
     "Badan Nasional Pencarian dan Pertolongan"),
    (r"Badan\s+Pertanahan\s+Nasional|BPN", "Badan Pertanahan Nasional"),
    (r"Kantor\s+Pelayanan\s+Pajak(?:\s+(?:Pratama|Madya))?|KPP(?:\s+Pratama)?",
     "Kantor Pelayanan Pajak"),
    (r"Ombudsman(?:\s+RI)?", "Ombudsman Republik Indonesia"),
    # Commissions and audit bodies that sign MoUs with immigration offices, often through
    # a provincial representative office ("Perwakilan Sumatera Barat").
    (r"Komisi\s+Nasional\s+Hak\s+Asasi\s+Manusia|Komnas\s*HAM",
     "Komisi Nasional Hak Asasi Manusia"),
    (r"Komisi\s+Nasional\s+Anti\s+Kekerasan\s+terhadap\s+Perempuan|Komnas\s+Perempuan",
     "Komisi Nasional Anti Kekerasan terhadap Perempuan"),
    (r"Komisi\s+Perlindungan\s+Anak\s+Indonesia|KPAI", "Komisi Perlindungan Anak Indonesia"),
    (r"Lembaga\s+Perlindungan\s+Saksi\s+dan\s+Korban|LPSK",
     "Lembaga Perlindungan Saksi dan Korban"),
    (r"Badan\s+Pengawasan\s+Keuangan\s+dan\s+Pembangunan|BPKP",
     "Badan Pengawasan Keuangan dan Pembangunan"),
    (r"Badan\s+Pemeriksa\s+Keuangan|BPK", "Badan Pemeriksa Keuangan"),
    (r"Badan\s+Karantina\s+Indonesia|Barantin", "Badan Karantina Indonesia"),
    (r"Badan\s+Pengawas\s+Obat\s+dan\s+Makanan|BPOM", "Badan Pengawas Obat dan Makanan"),
    (r"Badan\s+Nasional\s+Penanggulangan\s+Terorisme|BNPT",
     "Badan Nasional Penanggulangan Terorisme"),
    (r"Badan\s+Siber\s+dan\s+Sandi\s+Negara|BSSN", "Badan Siber dan Sandi Negara"),
    (r"Badan\s+Riset\s+dan\s+Inovasi\s+Nasional|BRIN", "Badan Riset dan Inovasi Nasional"),
    (r"Kementerian\s+Dalam\s+Negeri|Kemendagri", "Kementerian Dalam Negeri"),
    (r"Kementerian\s+Luar\s+Negeri|Kemenlu|Kemlu", "Kementerian Luar Negeri"),
    (r"Kementerian\s+Ketenagakerjaan|Kemnaker|Kemenaker", "Kementerian Ketenagakerjaan"),
    (r"Kementerian\s+Pariwisata(?:\s+dan\s+Ekonomi\s+Kreatif)?|Kemenparekraf|Kemenpar",
     "Kementerian Pariwisata"),
    (r"Kementerian\s+Investasi(?:/BKPM)?|BKPM", "Kementerian Investasi/BKPM"),
    (r"Kementerian\s+Koordinator\s+(?:Bidang\s+)?Hukum,\s+(?:Hak\s+Asasi\s+Manusia|HAM),\s+"
     r"Imigrasi,?\s+dan\s+Pemasyarakatan|Kemenko\s+Kumham\s+Imipas|"
     r"(?:Kemenko\s+)+(?:Bidang\s+)?Hukum,\s+(?:Hak\s+Asasi\s+Manusia|HAM),\s+Imigrasi,?\s+dan"
     r"\s+Pemasyarakatan",
     "Kementerian Koordinator Bidang Hukum, HAM, Imigrasi dan Pemasyarakatan"),
    (r"Kementerian\s+Agama\s+(?:RI|Republik\s+Indonesia)", "Kementerian Agama"),
    (r"DPR\s+RI|Dewan\s+Perwakilan\s+Rakyat\s+Republik\s+Indonesia",
     "Dewan Perwakilan Rakyat Republik Indonesia"),
    *NATIONAL_BODIES,
]

# International and national organisations that appear as partners.
KNOWN_NON_GOV: dict[str, str] = {
    "UNHCR": "United Nations High Commissioner for Refugees (UNHCR)",
    "IOM": "International Organization for Migration (IOM)",
    "UNODC": "United Nations Office on Drugs and Crime (UNODC)",
    "ILO": "International Labour Organization (ILO)",
    "UNICEF": "United Nations Children's Fund (UNICEF)",
    "APEKSI": "Asosiasi Pemerintah Kota Seluruh Indonesia (APEKSI)",
    "APKASI": "Asosiasi Pemerintah Kabupaten Seluruh Indonesia (APKASI)",
    "ADEKSI": "Asosiasi DPRD Kota Seluruh Indonesia (ADEKSI)",
    "ADKASI": "Asosiasi DPRD Kabupaten Seluruh Indonesia (ADKASI)",
    "APPSI": "Asosiasi Pemerintah Provinsi Seluruh Indonesia (APPSI)",
    "UCLG ASPAC": "United Cities and Local Governments Asia Pacific (UCLG ASPAC)",
    "AMPHURI": "Asosiasi Muslim Penyelenggara Haji dan Umrah Republik Indonesia (AMPHURI)",
    "ASITA": "Association of the Indonesian Tours and Travel Agencies (ASITA)",
    "PHRI": "Perhimpunan Hotel dan Restoran Indonesia (PHRI)",
    "KADIN": "Kamar Dagang dan Industri Indonesia (KADIN)",
    "JICA": "Japan International Cooperation Agency (JICA)",
    "USAID": "United States Agency for International Development (USAID)",
    "KOICA": "Korea International Cooperation Agency (KOICA)",
    "UNDP": "United Nations Development Programme (UNDP)",
    "UNFPA": "United Nations Population Fund (UNFPA)",
    "Kadin": "Kamar Dagang dan Industri Indonesia (KADIN)",
    # state-owned banks, named by their acronyms
    "BRI": "PT Bank Rakyat Indonesia (BRI)",
    "BNI": "PT Bank Negara Indonesia (BNI)",
    "BSI": "PT Bank Syariah Indonesia (BSI)",
    "BTN": "PT Bank Tabungan Negara (BTN)",
}


# Universities named by their acronym alone ("MoU dengan Unhas"): acronym -> name. Only
# acronyms that mean nothing else in news text (not "UM", "UB").
CAMPUS_ACRONYMS: dict[str, str] = {
    "UGM": "Universitas Gadjah Mada", "UI": "Universitas Indonesia",
    "ITB": "Institut Teknologi Bandung", "IPB": "Institut Pertanian Bogor",
    "ITS": "Institut Teknologi Sepuluh Nopember", "Unair": "Universitas Airlangga",
    "Undip": "Universitas Diponegoro", "Unpad": "Universitas Padjadjaran",
    "UNS": "Universitas Sebelas Maret", "UNY": "Universitas Negeri Yogyakarta",
    "UNM": "Universitas Negeri Makassar", "UNP": "Universitas Negeri Padang",
    "UNJ": "Universitas Negeri Jakarta", "Unesa": "Universitas Negeri Surabaya",
    "UPI": "Universitas Pendidikan Indonesia", "Unhas": "Universitas Hasanuddin",
    "Unand": "Universitas Andalas", "USU": "Universitas Sumatera Utara",
    "Unimed": "Universitas Negeri Medan", "Unri": "Universitas Riau",
    "Unja": "Universitas Jambi", "Unsri": "Universitas Sriwijaya",
    "Unib": "Universitas Bengkulu", "Unila": "Universitas Lampung",
    "UBB": "Universitas Bangka Belitung", "Untirta": "Universitas Sultan Ageng Tirtayasa",
    "Unsoed": "Universitas Jenderal Soedirman", "Unej": "Universitas Jember",
    "Unud": "Universitas Udayana", "Unram": "Universitas Mataram",
    "Undana": "Universitas Nusa Cendana", "Untan": "Universitas Tanjungpura",
    "UPR": "Universitas Palangka Raya", "ULM": "Universitas Lambung Mangkurat",
    "Unmul": "Universitas Mulawarman", "UBT": "Universitas Borneo Tarakan",
    "Unsrat": "Universitas Sam Ratulangi", "Unima": "Universitas Negeri Manado",
    "UNG": "Universitas Negeri Gorontalo", "Untad": "Universitas Tadulako",
    "UHO": "Universitas Halu Oleo", "Unsulbar": "Universitas Sulawesi Barat",
    "Unpatti": "Universitas Pattimura", "Unkhair": "Universitas Khairun",
    "Uncen": "Universitas Cenderawasih", "Unipa": "Universitas Papua",
    "Unmus": "Universitas Musamus", "USK": "Universitas Syiah Kuala",
    "Unsyiah": "Universitas Syiah Kuala", "Unimal": "Universitas Malikussaleh",
    "Unsil": "Universitas Siliwangi", "UMY": "Universitas Muhammadiyah Yogyakarta",
    "UMM": "Universitas Muhammadiyah Malang", "UII": "Universitas Islam Indonesia",
    "Poltekip": "Politeknik Ilmu Pemasyarakatan", "Poltekim": "Politeknik Imigrasi",
}
KNOWN_NON_GOV.update(CAMPUS_ACRONYMS)

# Heads of a post, as written (lower case) -> expanded form. Longest first when matching.
TITLE_HEADS: dict[str, str] = {
    "kepala": "Kepala", "kapala": "Kepala", "wakil kepala": "Wakil Kepala",
    "kakanwil": "Kepala Kantor Wilayah", "kakanim": "Kepala Kantor Imigrasi",
    "kadiv": "Kepala Divisi", "kadivim": "Kepala Divisi Keimigrasian",
    "kabid": "Kepala Bidang", "kasi": "Kepala Seksi", "kasie": "Kepala Seksi",
    # A Kanim's section heads written as one word: "Kasilantaskim Imigrasi Palembang X".
    "kasilantaskim": "Kepala Seksi Lalu Lintas Keimigrasian",
    "kasiinteldakim": "Kepala Seksi Intelijen dan Penindakan Keimigrasian",
    "kasitikkim": "Kepala Seksi Teknologi Informasi dan Komunikasi Keimigrasian",
    "kasubsi": "Kepala Subseksi", "kasubbag": "Kepala Subbagian", "kasubag": "Kepala Subbagian",
    "kabag": "Kepala Bagian", "kabiro": "Kepala Biro", "kadis": "Kepala Dinas",
    "kaban": "Kepala Badan",
    "kasatpol pp": "Kepala Satuan Polisi Pamong Praja", "kasat": "Kepala Satuan",
    "ketua": "Ketua", "wakil ketua": "Wakil Ketua", "sekretaris": "Sekretaris",
    "sekda": "Sekretaris Daerah", "sekdakab": "Sekretaris Daerah Kabupaten",
    "sekdako": "Sekretaris Daerah Kota", "sekdaprov": "Sekretaris Daerah Provinsi",
    "sekretaris daerah": "Sekretaris Daerah", "sekertaris daerah": "Sekretaris Daerah",
    "sekretaris kota": "Sekretaris Kota", "sekertaris kota": "Sekretaris Kota",
    "sekretaris kabupaten": "Sekretaris Kabupaten", "sekot": "Sekretaris Kota",
    "sekkot": "Sekretaris Kota", "sekkab": "Sekretaris Kabupaten",
    "sekertaris": "Sekretaris", "asisten": "Asisten", "staf ahli": "Staf Ahli",
    "bupati": "Bupati", "wakil bupati": "Wakil Bupati", "wabup": "Wakil Bupati",
    "wabub": "Wakil Bupati",
    "wali kota": "Wali Kota", "walikota": "Wali Kota", "wako": "Wali Kota",
    "wakil wali kota": "Wakil Wali Kota", "wakil walikota": "Wakil Wali Kota",
    "wawali": "Wakil Wali Kota", "wawako": "Wakil Wali Kota",
    "gubernur": "Gubernur", "wakil gubernur": "Wakil Gubernur", "wagub": "Wakil Gubernur",
    "direktur": "Direktur", "direktur jenderal": "Direktur Jenderal",
    "direktur jendral": "Direktur Jenderal", "dirjen": "Direktur Jenderal",
    "sekretaris jenderal": "Sekretaris Jenderal", "sekjen": "Sekretaris Jenderal",
    "menteri": "Menteri", "wakil menteri": "Wakil Menteri", "wamen": "Wakil Menteri",
    "menko": "Menteri Koordinator", "kapolri": "Kepala Kepolisian Negara Republik Indonesia",
    "camat": "Camat", "lurah": "Lurah", "kapolres": "Kepala Kepolisian Resor",
    "kapolresta": "Kepala Kepolisian Resor Kota", "kapolda": "Kepala Kepolisian Daerah",
    "kapolrestabes": "Kepala Kepolisian Resor Kota Besar",
    "kapolsek": "Kepala Kepolisian Sektor", "dandim": "Komandan Kodim",
    "danrem": "Komandan Korem", "pangdam": "Panglima Kodam", "danramil": "Komandan Koramil",
    "danlanal": "Komandan Pangkalan TNI Angkatan Laut",
    "danlanud": "Komandan Pangkalan TNI Angkatan Udara",
    "kajari": "Kepala Kejaksaan Negeri", "kajati": "Kepala Kejaksaan Tinggi",
    "koordinator": "Koordinator", "pimpinan rombongan": "Pimpinan Rombongan",
    "perwakilan": "Perwakilan", "anggota": "Anggota", "komandan": "Komandan",
    "pejabat": "Pejabat", "kasubdit": "Kepala Subdirektorat", "plh": "Pelaksana Harian",
    "rektor": "Rektor", "wakil rektor": "Wakil Rektor", "dekan": "Dekan",
    "deputi": "Deputi", "asisten deputi": "Asisten Deputi", "kasubbid": "Kepala Subbidang",
    "kalapas": "Kepala Lembaga Pemasyarakatan", "karutan": "Kepala Rumah Tahanan Negara",
    "kabapas": "Kepala Balai Pemasyarakatan", "dirut": "Direktur Utama",
    "direktur utama": "Direktur Utama",
    "staf khusus": "Staf Khusus", "penyelia": "Penyelia", "kepala staf": "Kepala Staf",
    "kasdim": "Kepala Staf Komando Distrik Militer", "asda": "Asisten Daerah",
    # Posts written as one word: "Kabaghumas Setkab Kutim", "Kadisdukcapil Kota Bogor".
    "kabaghumas": "Kepala Bagian Hubungan Masyarakat",
    "kabakesbangpol": "Kepala Badan Kesatuan Bangsa dan Politik",
    "kakesbangpol": "Kepala Kesatuan Bangsa dan Politik",
    "kadisdukcapil": "Kepala Dinas Kependudukan dan Pencatatan Sipil",
    "kadisnaker": "Kepala Dinas Tenaga Kerja",
    "kadisnakertrans": "Kepala Dinas Tenaga Kerja dan Transmigrasi",
    "kadispar": "Kepala Dinas Pariwisata",
    "kadiskominfo": "Kepala Dinas Komunikasi dan Informatika",
    "kasatintelkam": "Kepala Satuan Intelijen Keamanan",
    "kasat intelkam": "Kepala Satuan Intelijen Keamanan", "kasubid": "Kepala Subbidang",
    "konsul": "Konsul", "konsul jenderal": "Konsul Jenderal", "konjen": "Konsul Jenderal",
    "konsul muda": "Konsul Muda", "atase": "Atase", "penolong atase": "Penolong Atase",
    "pembantu konsul": "Pembantu Konsul",
    "wakapolda": "Wakil Kepala Kepolisian Daerah", "wakapolres": "Wakil Kepala Kepolisian Resor",
    "wakapolresta": "Wakil Kepala Kepolisian Resor Kota",
    "asisten daerah": "Asisten Daerah",
}
# Prefixes of a title: acting, deputy, interim.
TITLE_PREFIXES: dict[str, str] = {
    "plt": "Pelaksana Tugas", "plt.": "Pelaksana Tugas", "pelaksana tugas": "Pelaksana Tugas",
    "pj": "Penjabat", "pj.": "Penjabat", "penjabat": "Penjabat", "plh": "Pelaksana Harian",
    "plh.": "Pelaksana Harian", "pelaksana harian": "Pelaksana Harian",
}
# Words that may follow a title head as part of the post ("Kepala Seksi ...").
UNIT_WORDS = words(
    """bidang seksi subseksi divisi sub bagian biro komisi fraksi subbagian bag urusan sektor
    unit satuan tugas pelindungan
    seksi bupati wali gubernur kota kabupaten daerah jenderal direktorat kantor wilayah
    rombongan i ii iii iv v vi 1 2 3 dan & ahli subbidang subbid subdit subdirektorat dinas badan
    deputi cabang intelkam reskrimum reskrimsus resnarkoba binmas samapta kelas iia iib iiia
    iiib non tpi khusus operasional keuangan pemasaran produksi eksekutif bisnis komersial
    intel intelejen intelkim intelkam satgas devisi imigresen pentadbiran kelurahan kampung
    nagari gampong pekon kerjasama pembinaan bmn
    """) | FIELD_WORDS

HONORIFICS = words(
    """h hj hm h.m hc dr dr. drs dra drg drh ir prof kh ust ustadz ustazah habib tuan nyonya bapak
    ibu pak bu sdr saudara kombes akbp akp kompol iptu ipda aiptu aipda brigjen irjen mayjen
    letjen jenderal komjen laksamana marsekal kolonel letkol mayor kapten lettu letda serma
    serka sertu laksma laksda marsma
    pol inf kav arh czi cpl cba cku chb cpm cke caj ckm cpn psk mar pom pnb tek kes sus adm
    purn bripka brigpol bripda briptu tgk""")
# Short forms of given names written with a full stop ("Moh. Rizal", "Moch. Hendra"): part
# of the name (the scorer and the gold keep them), and no sentence ends after them.
NAME_ABBREVIATIONS = words("moh moch muh mhd mochd mohd abd ach")
DEGREES = words(
    """sh mh se mm msi m.si ssos s.sos sip s.ip spd s.pd mpd m.pd st s.t mt m.t skom s.kom mkes
    m.kes skm s.km mkm m.k.m sag s.ag mag m.ag mba phd ph.d sstp s.stp stp map m.ap sap s.ap
    amd a.md ak mkn m.kn mhum m.hum ss s.s sh. mh. se. mm. ma m.a sp s.p sked s.ked mph
    msc m.sc bsc b.sc ssi s.si shut s.hut sik s.ik mtr m.tr mhan mm.. ir. md m.d
    msy m.sy ssy s.sy mhi m.h.i shi s.h.i sth s.th mth m.th spsi s.psi mpsi m.psi sei s.e.i
    mei m.e.i lc skep s.kep ap a.p""")

# "Dinas ESDM": field abbreviations written after "Dinas".
DINAS_FIELDS: dict[str, str] = {
    "ESDM": "Energi dan Sumber Daya Mineral", "PUPR": "Pekerjaan Umum dan Penataan Ruang",
    "PU": "Pekerjaan Umum", "PMD": "Pemberdayaan Masyarakat dan Desa",
    "PMPTSP": "Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
    "DPMPTSP": "Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
    "LH": "Lingkungan Hidup", "KB": "Keluarga Berencana", "UMKM": "Koperasi dan UMKM",
    "Kominfo": "Komunikasi dan Informatika", "PPKB": "Pengendalian Penduduk dan Keluarga Berencana",
}
