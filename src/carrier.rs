//! Carriers: who delivers a parcel.
//!
//! [`Carrier`] names the companies whose numbers the crate knows, and the designated postal
//! operator of every country whose code can end a UPU S10 identifier (their numbers are
//! attributed by country code; see `formats/s10.rs`). Ids are stable snake_case strings;
//! `Display` gives the human name; both parse back.

use crate::id::id_enum;

mod tracking_page;

id_enum! {
    /// A carrier or postal operator.
    ///
    /// Ids are stable snake_case strings ([`as_str`](Self::as_str), serde); `Display` gives
    /// the human name and `FromStr` reads either, so they round-trip. Carriers are added in
    /// minor releases, hence `#[non_exhaustive]`.
    ///
    /// ```
    /// use tracking_number::Carrier;
    ///
    /// assert_eq!(Carrier::Ups.as_str(), "ups");
    /// assert_eq!(Carrier::CanadaPost.to_string(), "Canada Post");
    /// assert_eq!("royal_mail".parse::<Carrier>()?, Carrier::RoyalMail);
    /// assert_eq!("Royal Mail".parse::<Carrier>()?, Carrier::RoyalMail);
    /// assert_eq!(format!("[{:>8}]", Carrier::Ups), "[     UPS]");
    /// assert!(Carrier::ALL.contains(&Carrier::AustrianPost));
    /// # Ok::<(), tracking_number::UnknownId>(())
    /// ```
    #[non_exhaustive]
    pub enum Carrier: "carrier", "tracking_number::Carrier", example Fedex {
        /// United Parcel Service.
        Ups = ("ups", "UPS"),
        /// FedEx (Express, Ground, Ground Economy).
        Fedex = ("fedex", "FedEx"),
        /// United States Postal Service.
        Usps = ("usps", "USPS"),
        /// DHL Express, DHL eCommerce and DHL Parcel.
        Dhl = ("dhl", "DHL"),
        /// DHL eCommerce (parcel consolidation and cross-border e-commerce).
        DhlEcommerce = ("dhl_ecommerce", "DHL eCommerce"),
        /// DHL Parcel (Benelux and European domestic parcels).
        DhlParcel = ("dhl_parcel", "DHL Parcel"),
        /// DHL Global Forwarding (air and ocean freight forwarding).
        DhlGlobalForwarding = ("dhl_global_forwarding", "DHL Global Forwarding"),
        /// DHL Freight (European road freight).
        DhlFreight = ("dhl_freight", "DHL Freight"),
        /// Deutsche Post / DHL Paket (Germany).
        DeutschePost = ("deutsche_post", "Deutsche Post DHL"),
        /// Amazon Logistics and Amazon Shipping.
        Amazon = ("amazon", "Amazon Logistics"),
        /// OnTrac (United States).
        Ontrac = ("ontrac", "OnTrac"),
        /// LaserShip (now part of OnTrac).
        Lasership = ("lasership", "LaserShip"),
        /// GOFO Express (United States).
        Gofo = ("gofo", "GOFO"),
        /// UniUni (Canada and United States).
        Uniuni = ("uniuni", "UniUni"),
        /// Veho (United States).
        Veho = ("veho", "Veho"),
        /// Old Dominion Freight Line (LTL freight).
        OldDominion = ("old_dominion", "Old Dominion Freight Line"),
        /// XPO (LTL freight).
        Xpo = ("xpo", "XPO"),
        /// SpeedX (United States, e-commerce last mile).
        Speedx = ("speedx", "SpeedX"),
        /// YRC Freight / Yellow (LTL freight).
        Yrc = ("yrc", "YRC Freight"),
        /// Spee-Dee Delivery (United States).
        Speedee = ("speedee", "Spee-Dee Delivery"),
        /// Landmark Global.
        Landmark = ("landmark", "Landmark Global"),
        /// Canada Post.
        CanadaPost = ("canada_post", "Canada Post"),
        /// Purolator (Canada).
        Purolator = ("purolator", "Purolator"),
        /// Canpar Express (Canada).
        Canpar = ("canpar", "Canpar Express"),
        /// Loomis Express (Canada).
        Loomis = ("loomis", "Loomis Express"),
        /// ICS Courier (Canada).
        Ics = ("ics", "ICS Courier"),
        /// Royal Mail (United Kingdom).
        RoyalMail = ("royal_mail", "Royal Mail"),
        /// Parcelforce Worldwide (United Kingdom).
        Parcelforce = ("parcelforce", "Parcelforce Worldwide"),
        /// Evri (formerly Hermes UK).
        Evri = ("evri", "Evri"),
        /// TNT (now part of FedEx).
        Tnt = ("tnt", "TNT"),
        /// Yodel (United Kingdom).
        Yodel = ("yodel", "Yodel"),
        /// DPD (the DPDgroup networks).
        Dpd = ("dpd", "DPD"),
        /// Hermes Germany.
        Hermes = ("hermes", "Hermes Germany"),
        /// GLS.
        Gls = ("gls", "GLS"),
        /// PostNL (Netherlands).
        Postnl = ("postnl", "PostNL"),
        /// La Poste (France).
        LaPoste = ("la_poste", "La Poste"),
        /// Colissimo (La Poste's parcel brand).
        Colissimo = ("colissimo", "Colissimo"),
        /// Chronopost (France).
        Chronopost = ("chronopost", "Chronopost"),
        /// Colis Privé (France).
        ColisPrive = ("colis_prive", "Colis Privé"),
        /// Mondial Relay (InPost group).
        MondialRelay = ("mondial_relay", "Mondial Relay"),
        /// Vinted Go (parcel lockers and pick-up points).
        VintedGo = ("vinted_go", "Vinted Go"),
        /// Correos (Spain).
        Correos = ("correos", "Correos"),
        /// Poste Italiane.
        PosteItaliane = ("poste_italiane", "Poste Italiane"),
        /// SDA Express Courier (Poste Italiane group).
        Sda = ("sda", "SDA Express Courier"),
        /// BRT (Bartolini, Italy).
        Brt = ("brt", "BRT"),
        /// InPost (parcel lockers and courier).
        Inpost = ("inpost", "InPost"),
        /// CDEK (Russia and the Eurasian Economic Union).
        Cdek = ("cdek", "CDEK"),
        /// Nova Poshta (Ukraine).
        NovaPoshta = ("nova_poshta", "Nova Poshta"),
        /// Packeta (Zásilkovna).
        Packeta = ("packeta", "Packeta"),
        /// PostNord (Sweden and Denmark).
        Postnord = ("postnord", "PostNord"),
        /// Australia Post.
        AustraliaPost = ("australia_post", "Australia Post"),
        /// StarTrack (Australia Post group).
        Startrack = ("startrack", "StarTrack"),
        /// China Post / China EMS.
        ChinaPost = ("china_post", "China Post"),
        /// Cainiao (Alibaba's logistics network).
        Cainiao = ("cainiao", "Cainiao"),
        /// YunExpress.
        Yunexpress = ("yunexpress", "YunExpress"),
        /// 4PX Express.
        FourPx = ("four_px", "4PX"),
        /// Vova Logistics (the Vova marketplace's shipping).
        Vova = ("vova", "Vova Logistics"),
        /// Yanwen Logistics.
        Yanwen = ("yanwen", "Yanwen"),
        /// SF Express.
        SfExpress = ("sf_express", "SF Express"),
        /// J&T Express.
        JtExpress = ("jt_express", "J&T Express"),
        /// New Zealand Couriers.
        NzCouriers = ("nz_couriers", "New Zealand Couriers"),
        /// Japan Post.
        JapanPost = ("japan_post", "Japan Post"),
        /// Yamato Transport (Kuroneko).
        Yamato = ("yamato", "Yamato Transport"),
        /// Sagawa Express.
        Sagawa = ("sagawa", "Sagawa Express"),
        /// India Post.
        IndiaPost = ("india_post", "India Post"),
        /// Blue Dart (India).
        BlueDart = ("blue_dart", "Blue Dart"),
        /// Delhivery (India).
        Delhivery = ("delhivery", "Delhivery"),
        /// Aramex.
        Aramex = ("aramex", "Aramex"),
        /// Israel Post.
        IsraelPost = ("israel_post", "Israel Post"),
        /// Estafeta (Mexico).
        Estafeta = ("estafeta", "Estafeta"),
        /// A UPU postal operator the crate does not name (S10 numbers of a valid country code
        /// without an operator row). As a carrier hint it stands for every postal operator:
        /// any S10 number is read.
        Upu = ("upu", "UPU postal operator"),
        /// A GS1 logistic unit (SSCC) or shipment (GSIN) whose carrier the number does not tell.
        Gs1 = ("gs1", "GS1 logistics label"),
        /// The designated postal operator of United Arab Emirates.
        EmiratesPost = ("emirates_post", "Emirates Post"),
        /// The designated postal operator of Afghanistan.
        AfghanPost = ("afghan_post", "Afghan Post"),
        /// The designated postal operator of Antigua and Barbuda.
        AntiguaPost = ("antigua_post", "Antigua and Barbuda Postal Service"),
        /// The designated postal operator of Anguilla.
        AnguillaPost = ("anguilla_post", "Anguilla Postal Service"),
        /// The designated postal operator of Albania.
        PostaShqiptare = ("posta_shqiptare", "Posta Shqiptare"),
        /// The designated postal operator of Armenia.
        Haypost = ("haypost", "HayPost"),
        /// The designated postal operator of Angola.
        CorreiosAngola = ("correios_angola", "Correios de Angola"),
        /// The designated postal operator of Argentina.
        CorreoArgentino = ("correo_argentino", "Correo Argentino"),
        /// The designated postal operator of Austria.
        AustrianPost = ("austrian_post", "Österreichische Post"),
        /// The designated postal operator of Aruba.
        PostAruba = ("post_aruba", "Post Aruba"),
        /// The designated postal operator of Åland Islands.
        AlandPost = ("aland_post", "Åland Post"),
        /// The designated postal operator of Azerbaijan.
        Azerpost = ("azerpost", "Azerpoçt"),
        /// The designated postal operator of Bosnia and Herzegovina.
        BhPosta = ("bh_posta", "BH Pošta"),
        /// The designated postal operator of Barbados.
        BarbadosPost = ("barbados_post", "Barbados Postal Service"),
        /// The designated postal operator of Bangladesh.
        BangladeshPost = ("bangladesh_post", "Bangladesh Post Office"),
        /// The designated postal operator of Belgium.
        Bpost = ("bpost", "bpost"),
        /// The designated postal operator of Burkina Faso.
        Sonapost = ("sonapost", "SONAPOST"),
        /// The designated postal operator of Bulgaria.
        BulgarianPosts = ("bulgarian_posts", "Bulgarian Posts"),
        /// The designated postal operator of Bahrain.
        BahrainPost = ("bahrain_post", "Bahrain Post"),
        /// The designated postal operator of Burundi.
        BurundiPost = ("burundi_post", "Régie Nationale des Postes (Burundi)"),
        /// The designated postal operator of Benin.
        BeninPost = ("benin_post", "La Poste du Bénin"),
        /// The designated postal operator of Bermuda.
        BermudaPost = ("bermuda_post", "Bermuda Post Office"),
        /// The designated postal operator of Brunei Darussalam.
        BruneiPost = ("brunei_post", "Brunei Postal Services"),
        /// The designated postal operator of Bolivia.
        CorreosBolivia = ("correos_bolivia", "Correos de Bolivia"),
        /// The designated postal operator of Brazil.
        Correios = ("correios", "Correios"),
        /// The designated postal operator of Bahamas.
        BahamasPost = ("bahamas_post", "Bahamas Postal Service"),
        /// The designated postal operator of Bhutan.
        BhutanPost = ("bhutan_post", "Bhutan Post"),
        /// The designated postal operator of Botswana.
        BotswanaPost = ("botswana_post", "BotswanaPost"),
        /// The designated postal operator of Belarus.
        Belpochta = ("belpochta", "Belpochta"),
        /// The designated postal operator of Belize.
        BelizePost = ("belize_post", "Belize Postal Service"),
        /// The designated postal operator of Congo, Democratic Republic of the.
        CongoDrPost = ("congo_dr_post", "Société Congolaise des Postes et Télécommunications"),
        /// The designated postal operator of Central African Republic.
        CentrafricanPost = ("centrafrican_post", "Office National des Postes (Central African Republic)"),
        /// The designated postal operator of Congo.
        CongoPost = ("congo_post", "Société des Postes et de l'Épargne du Congo"),
        /// The designated postal operator of Switzerland.
        SwissPost = ("swiss_post", "Swiss Post"),
        /// The designated postal operator of Côte d'Ivoire.
        IvoryCoastPost = ("ivory_coast_post", "La Poste de Côte d'Ivoire"),
        /// The designated postal operator of Cook Islands.
        CookIslandsPost = ("cook_islands_post", "Cook Islands Post"),
        /// The designated postal operator of Chile.
        CorreosChile = ("correos_chile", "Correos de Chile"),
        /// The designated postal operator of Cameroon.
        Campost = ("campost", "Campost"),
        /// The designated postal operator of Colombia.
        ColombiaPost = ("colombia_post", "4-72 Servicios Postales Nacionales"),
        /// The designated postal operator of Costa Rica.
        CorreosCostaRica = ("correos_costa_rica", "Correos de Costa Rica"),
        /// The designated postal operator of Cuba.
        CorreosCuba = ("correos_cuba", "Correos de Cuba"),
        /// The designated postal operator of Cabo Verde.
        CorreiosCaboVerde = ("correios_cabo_verde", "Correios de Cabo Verde"),
        /// The designated postal operator of Curaçao.
        CpostCuracao = ("cpost_curacao", "Cpost International (Curaçao)"),
        /// The designated postal operator of Cyprus.
        CyprusPost = ("cyprus_post", "Cyprus Post"),
        /// The designated postal operator of Czechia.
        CzechPost = ("czech_post", "Česká pošta"),
        /// The designated postal operator of Djibouti.
        DjiboutiPost = ("djibouti_post", "La Poste de Djibouti"),
        /// The designated postal operator of Dominica.
        DominicaPost = ("dominica_post", "Dominica Postal Service"),
        /// The designated postal operator of Dominican Republic.
        Inposdom = ("inposdom", "INPOSDOM"),
        /// The designated postal operator of Algeria.
        AlgeriePoste = ("algerie_poste", "Algérie Poste"),
        /// The designated postal operator of Ecuador.
        CorreosEcuador = ("correos_ecuador", "Correos del Ecuador"),
        /// The designated postal operator of Estonia.
        Omniva = ("omniva", "Omniva"),
        /// The designated postal operator of Egypt.
        EgyptPost = ("egypt_post", "Egypt Post"),
        /// The designated postal operator of Eritrea.
        EritreaPost = ("eritrea_post", "Eritrea Postal Service"),
        /// The designated postal operator of Ethiopia.
        EthiopianPost = ("ethiopian_post", "Ethiopian Postal Service"),
        /// The designated postal operator of Finland.
        Posti = ("posti", "Posti"),
        /// The designated postal operator of Fiji.
        PostFiji = ("post_fiji", "Post Fiji"),
        /// The designated postal operator of Falkland Islands (Malvinas).
        FalklandsPost = ("falklands_post", "Falkland Islands Post"),
        /// The designated postal operator of Micronesia.
        MicronesiaPost = ("micronesia_post", "FSM Postal Service"),
        /// The designated postal operator of Faroe Islands.
        FaroePost = ("faroe_post", "Posta (Faroe Islands)"),
        /// The designated postal operator of Gabon.
        GabonPost = ("gabon_post", "La Poste gabonaise"),
        /// The designated postal operator of Grenada.
        GrenadaPost = ("grenada_post", "Grenada Postal Corporation"),
        /// The designated postal operator of Georgia.
        GeorgianPost = ("georgian_post", "Georgian Post"),
        /// The designated postal operator of Guernsey.
        GuernseyPost = ("guernsey_post", "Guernsey Post"),
        /// The designated postal operator of Ghana.
        GhanaPost = ("ghana_post", "Ghana Post"),
        /// The designated postal operator of Gibraltar.
        GibraltarPost = ("gibraltar_post", "Royal Gibraltar Post Office"),
        /// The designated postal operator of Greenland.
        Tusass = ("tusass", "Tusass"),
        /// The designated postal operator of Gambia.
        Gampost = ("gampost", "Gambia Postal Services"),
        /// The designated postal operator of Guinea.
        GuineaPost = ("guinea_post", "Office de la Poste Guinéenne"),
        /// The designated postal operator of Equatorial Guinea.
        EquatorialGuineaPost = ("equatorial_guinea_post", "Equatorial Guinea Postal Service"),
        /// The designated postal operator of Greece.
        Elta = ("elta", "ELTA Hellenic Post"),
        /// The designated postal operator of Guatemala.
        CorreoGuatemala = ("correo_guatemala", "El Correo de Guatemala"),
        /// The designated postal operator of Guinea-Bissau.
        GuineaBissauPost = ("guinea_bissau_post", "Correios da Guiné-Bissau"),
        /// The designated postal operator of Guyana.
        GuyanaPost = ("guyana_post", "Guyana Post Office Corporation"),
        /// The designated postal operator of Hong Kong.
        HongkongPost = ("hongkong_post", "Hongkong Post"),
        /// The designated postal operator of Honduras.
        Honducor = ("honducor", "Honducor"),
        /// The designated postal operator of Croatia.
        HrvatskaPosta = ("hrvatska_posta", "Hrvatska pošta"),
        /// The designated postal operator of Haiti.
        HaitiPost = ("haiti_post", "Office des Postes d'Haïti"),
        /// The designated postal operator of Hungary.
        MagyarPosta = ("magyar_posta", "Magyar Posta"),
        /// The designated postal operator of Indonesia.
        PosIndonesia = ("pos_indonesia", "Pos Indonesia"),
        /// The designated postal operator of Ireland.
        AnPost = ("an_post", "An Post"),
        /// The designated postal operator of Isle of Man.
        IsleOfManPost = ("isle_of_man_post", "Isle of Man Post Office"),
        /// The designated postal operator of Iraq.
        IraqiPost = ("iraqi_post", "Iraqi Post"),
        /// The designated postal operator of Iran.
        IranPost = ("iran_post", "Iran Post"),
        /// The designated postal operator of Iceland.
        IcelandPost = ("iceland_post", "Íslandspóstur"),
        /// The designated postal operator of Jersey.
        JerseyPost = ("jersey_post", "Jersey Post"),
        /// The designated postal operator of Jamaica.
        JamaicaPost = ("jamaica_post", "Postal Corporation of Jamaica"),
        /// The designated postal operator of Jordan.
        JordanPost = ("jordan_post", "Jordan Post"),
        /// The designated postal operator of Kenya.
        PostaKenya = ("posta_kenya", "Posta Kenya"),
        /// The designated postal operator of Kyrgyzstan.
        KyrgyzPost = ("kyrgyz_post", "Kyrgyz Post"),
        /// The designated postal operator of Cambodia.
        CambodiaPost = ("cambodia_post", "Cambodia Post"),
        /// The designated postal operator of Kiribati.
        KiribatiPost = ("kiribati_post", "Kiribati Post"),
        /// The designated postal operator of Comoros.
        ComoresPost = ("comores_post", "Société Nationale des Postes des Comores"),
        /// The designated postal operator of Saint Kitts and Nevis.
        StKittsPost = ("st_kitts_post", "St Kitts and Nevis Postal Service"),
        /// The designated postal operator of Korea, Democratic People's Republic of.
        NorthKoreaPost = ("north_korea_post", "Korea Post (DPRK)"),
        /// The designated postal operator of Korea, Republic of.
        KoreaPost = ("korea_post", "Korea Post"),
        /// The designated postal operator of Kuwait.
        KuwaitPost = ("kuwait_post", "Kuwait Post"),
        /// The designated postal operator of Cayman Islands.
        CaymanPost = ("cayman_post", "Cayman Islands Postal Service"),
        /// The designated postal operator of Kazakhstan.
        Kazpost = ("kazpost", "Kazpost"),
        /// The designated postal operator of Lao People's Democratic Republic.
        LaoPost = ("lao_post", "Lao Post"),
        /// The designated postal operator of Lebanon.
        Libanpost = ("libanpost", "LibanPost"),
        /// The designated postal operator of Saint Lucia.
        SaintLuciaPost = ("saint_lucia_post", "Saint Lucia Postal Service"),
        /// The designated postal operator of Liechtenstein.
        LiechtensteinPost = ("liechtenstein_post", "Liechtensteinische Post"),
        /// The designated postal operator of Sri Lanka.
        SriLankaPost = ("sri_lanka_post", "Sri Lanka Post"),
        /// The designated postal operator of Liberia.
        LiberiaPost = ("liberia_post", "Liberia Postal Service"),
        /// The designated postal operator of Lesotho.
        LesothoPost = ("lesotho_post", "Lesotho Post"),
        /// The designated postal operator of Lithuania.
        LietuvosPastas = ("lietuvos_pastas", "Lietuvos paštas"),
        /// The designated postal operator of Luxembourg.
        PostLuxembourg = ("post_luxembourg", "POST Luxembourg"),
        /// The designated postal operator of Latvia.
        LatvijasPasts = ("latvijas_pasts", "Latvijas Pasts"),
        /// The designated postal operator of Libya.
        LibyaPost = ("libya_post", "Libya Post"),
        /// The designated postal operator of Morocco.
        BaridAlMaghrib = ("barid_al_maghrib", "Barid Al-Maghrib"),
        /// The designated postal operator of Monaco.
        MonacoPost = ("monaco_post", "La Poste Monaco"),
        /// The designated postal operator of Moldova.
        PostaMoldovei = ("posta_moldovei", "Poșta Moldovei"),
        /// The designated postal operator of Montenegro.
        PostaCrneGore = ("posta_crne_gore", "Pošta Crne Gore"),
        /// The designated postal operator of Madagascar.
        Paositra = ("paositra", "Paositra Malagasy"),
        /// The designated postal operator of Marshall Islands.
        MarshallIslandsPost = ("marshall_islands_post", "Marshall Islands Postal Service"),
        /// The designated postal operator of North Macedonia.
        PostaNorthMacedonia = ("posta_north_macedonia", "Pošta na Severna Makedonija"),
        /// The designated postal operator of Mali.
        MaliPost = ("mali_post", "La Poste du Mali"),
        /// The designated postal operator of Myanmar.
        MyanmaPost = ("myanma_post", "Myanma Posts"),
        /// The designated postal operator of Mongolia.
        MongolPost = ("mongol_post", "Mongol Post"),
        /// The designated postal operator of Macao.
        MacauPost = ("macau_post", "Macau Post (CTT)"),
        /// The designated postal operator of Mauritania.
        Mauripost = ("mauripost", "Mauripost"),
        /// The designated postal operator of Montserrat.
        MontserratPost = ("montserrat_post", "Montserrat Post Office"),
        /// The designated postal operator of Malta.
        Maltapost = ("maltapost", "MaltaPost"),
        /// The designated postal operator of Mauritius.
        MauritiusPost = ("mauritius_post", "Mauritius Post"),
        /// The designated postal operator of Maldives.
        MaldivesPost = ("maldives_post", "Maldives Post"),
        /// The designated postal operator of Malawi.
        MalawiPost = ("malawi_post", "Malawi Posts Corporation"),
        /// The designated postal operator of Mexico.
        CorreosMexico = ("correos_mexico", "Correos de México"),
        /// The designated postal operator of Malaysia.
        PosMalaysia = ("pos_malaysia", "Pos Malaysia"),
        /// The designated postal operator of Mozambique.
        CorreiosMocambique = ("correios_mocambique", "Correios de Moçambique"),
        /// The designated postal operator of Namibia.
        Nampost = ("nampost", "NamPost"),
        /// The designated postal operator of New Caledonia.
        OptNouvelleCaledonie = ("opt_nouvelle_caledonie", "OPT Nouvelle-Calédonie"),
        /// The designated postal operator of Niger.
        NigerPost = ("niger_post", "Niger Poste"),
        /// The designated postal operator of Norfolk Island.
        NorfolkIslandPost = ("norfolk_island_post", "Norfolk Island Post"),
        /// The designated postal operator of Nigeria.
        Nipost = ("nipost", "NIPOST"),
        /// The designated postal operator of Nicaragua.
        CorreosNicaragua = ("correos_nicaragua", "Correos de Nicaragua"),
        /// The designated postal operator of Norway, Svalbard and Jan Mayen.
        PostenNorge = ("posten_norge", "Posten Norge"),
        /// The designated postal operator of Nepal.
        NepalPost = ("nepal_post", "Nepal Post"),
        /// The designated postal operator of Nauru.
        NauruPost = ("nauru_post", "Nauru Post"),
        /// The designated postal operator of Niue.
        NiuePost = ("niue_post", "Niue Post"),
        /// The designated postal operator of New Zealand.
        NzPost = ("nz_post", "NZ Post"),
        /// The designated postal operator of Oman.
        OmanPost = ("oman_post", "Oman Post"),
        /// The designated postal operator of Panama.
        CorreosPanama = ("correos_panama", "Correos de Panamá"),
        /// The designated postal operator of Peru.
        Serpost = ("serpost", "Serpost"),
        /// The designated postal operator of French Polynesia.
        FareRata = ("fare_rata", "Fare Rata (OPT Polynésie)"),
        /// The designated postal operator of Papua New Guinea.
        PngPost = ("png_post", "Post PNG"),
        /// The designated postal operator of Philippines.
        Phlpost = ("phlpost", "PHLPost"),
        /// The designated postal operator of Pakistan.
        PakistanPost = ("pakistan_post", "Pakistan Post"),
        /// The designated postal operator of Poland.
        PocztaPolska = ("poczta_polska", "Poczta Polska"),
        /// The designated postal operator of Palestine, State of.
        PalestinePost = ("palestine_post", "Palestine Post"),
        /// The designated postal operator of Portugal.
        Ctt = ("ctt", "CTT"),
        /// The designated postal operator of Palau.
        PalauPost = ("palau_post", "Palau Postal Service"),
        /// The designated postal operator of Paraguay.
        CorreoParaguayo = ("correo_paraguayo", "Correo Paraguayo"),
        /// The designated postal operator of Qatar.
        QatarPost = ("qatar_post", "Qatar Post"),
        /// The designated postal operator of Romania.
        PostaRomana = ("posta_romana", "Poșta Română"),
        /// The designated postal operator of Serbia.
        PostaSrbije = ("posta_srbije", "Pošta Srbije"),
        /// The designated postal operator of Russian Federation.
        RussianPost = ("russian_post", "Russian Post"),
        /// The designated postal operator of Rwanda.
        Iposita = ("iposita", "Iposita Rwanda"),
        /// The designated postal operator of Saudi Arabia.
        SaudiPost = ("saudi_post", "Saudi Post (SPL)"),
        /// The designated postal operator of Solomon Islands.
        SolomonIslandsPost = ("solomon_islands_post", "Solomon Islands Postal Corporation"),
        /// The designated postal operator of Seychelles.
        SeychellesPost = ("seychelles_post", "Seychelles Postal Services"),
        /// The designated postal operator of Sudan.
        Sudapost = ("sudapost", "Sudapost"),
        /// The designated postal operator of Singapore.
        Singpost = ("singpost", "Singapore Post"),
        /// The designated postal operator of Saint Helena, Ascension and Tristan da Cunha, Ascension Island, Tristan da Cunha.
        StHelenaPost = ("st_helena_post", "St Helena Post Office"),
        /// The designated postal operator of Slovenia.
        PostaSlovenije = ("posta_slovenije", "Pošta Slovenije"),
        /// The designated postal operator of Slovakia.
        SlovenskaPosta = ("slovenska_posta", "Slovenská pošta"),
        /// The designated postal operator of Sierra Leone.
        SierraLeonePost = ("sierra_leone_post", "Sierra Leone Postal Services"),
        /// The designated postal operator of San Marino.
        PosteSanMarino = ("poste_san_marino", "Poste San Marino"),
        /// The designated postal operator of Senegal.
        SenegalPost = ("senegal_post", "La Poste du Sénégal"),
        /// The designated postal operator of Somalia.
        SomaliPost = ("somali_post", "Somali Post"),
        /// The designated postal operator of Suriname.
        Surpost = ("surpost", "Surpost"),
        /// The designated postal operator of South Sudan.
        SouthSudanPost = ("south_sudan_post", "South Sudan Postal Service"),
        /// The designated postal operator of Sao Tome and Principe.
        CorreiosSaoTome = ("correios_sao_tome", "Correios de São Tomé e Príncipe"),
        /// The designated postal operator of El Salvador.
        CorreosElSalvador = ("correos_el_salvador", "Correos de El Salvador"),
        /// The designated postal operator of Sint Maarten (Dutch part).
        PostStMaarten = ("post_st_maarten", "Postal Services St. Maarten"),
        /// The designated postal operator of Syrian Arab Republic.
        SyrianPost = ("syrian_post", "Syrian Post"),
        /// The designated postal operator of Eswatini.
        EswatiniPost = ("eswatini_post", "Eswatini Post"),
        /// The designated postal operator of Turks and Caicos Islands.
        TurksCaicosPost = ("turks_caicos_post", "Turks and Caicos Islands Postal Service"),
        /// The designated postal operator of Chad.
        ChadPost = ("chad_post", "Société Tchadienne des Postes"),
        /// The designated postal operator of Togo.
        TogoPost = ("togo_post", "Société des Postes du Togo"),
        /// The designated postal operator of Thailand.
        ThailandPost = ("thailand_post", "Thailand Post"),
        /// The designated postal operator of Tajikistan.
        TajikPost = ("tajik_post", "Pochtai Tojikiston"),
        /// The designated postal operator of Timor-Leste.
        TimorLestePost = ("timor_leste_post", "Correios de Timor-Leste"),
        /// The designated postal operator of Turkmenistan.
        Turkmenpost = ("turkmenpost", "Turkmenpost"),
        /// The designated postal operator of Tunisia.
        TunisianPost = ("tunisian_post", "La Poste Tunisienne"),
        /// The designated postal operator of Tonga.
        TongaPost = ("tonga_post", "Tonga Post"),
        /// The designated postal operator of Türkiye.
        Ptt = ("ptt", "PTT (Türkiye)"),
        /// The designated postal operator of Trinidad and Tobago.
        Ttpost = ("ttpost", "TTPost"),
        /// The designated postal operator of Tuvalu.
        TuvaluPost = ("tuvalu_post", "Tuvalu Post"),
        /// The designated postal operator of Taiwan.
        ChunghwaPost = ("chunghwa_post", "Chunghwa Post"),
        /// The designated postal operator of Tanzania.
        TanzaniaPost = ("tanzania_post", "Tanzania Posts Corporation"),
        /// The designated postal operator of Ukraine.
        Ukrposhta = ("ukrposhta", "Ukrposhta"),
        /// The designated postal operator of Uganda.
        PostaUganda = ("posta_uganda", "Posta Uganda"),
        /// The designated postal operator of Uruguay.
        CorreoUruguayo = ("correo_uruguayo", "Correo Uruguayo"),
        /// The designated postal operator of Uzbekistan.
        UzbekistanPost = ("uzbekistan_post", "Uzbekistan Post"),
        /// The designated postal operator of Holy See.
        PosteVaticane = ("poste_vaticane", "Poste Vaticane"),
        /// The designated postal operator of Saint Vincent and the Grenadines.
        SvgPost = ("svg_post", "Saint Vincent and the Grenadines Postal Corporation"),
        /// The designated postal operator of Venezuela.
        Ipostel = ("ipostel", "Ipostel"),
        /// The designated postal operator of Virgin Islands (British).
        BviPost = ("bvi_post", "BVI Post"),
        /// The designated postal operator of Viet Nam.
        Vnpost = ("vnpost", "Vietnam Post"),
        /// The designated postal operator of Vanuatu.
        VanuatuPost = ("vanuatu_post", "Vanuatu Post"),
        /// The designated postal operator of Wallis and Futuna.
        WallisFutunaPost = ("wallis_futuna_post", "Wallis et Futuna Poste"),
        /// The designated postal operator of Samoa.
        SamoaPost = ("samoa_post", "SamoaPost"),
        /// The designated postal operator of Yemen.
        YemenPost = ("yemen_post", "Yemen Post"),
        /// The designated postal operator of South Africa.
        SaPostOffice = ("sa_post_office", "South African Post Office"),
        /// The designated postal operator of Zambia.
        Zampost = ("zampost", "Zampost"),
        /// The designated postal operator of Zimbabwe.
        Zimpost = ("zimpost", "Zimpost"),
    }
}

impl Carrier {
    /// The carrier's public tracking page, as a template in which `{}` stands for the
    /// number; `None` when its page takes the number only in a form.
    /// [`TrackingNumber::tracking_url`](crate::TrackingNumber::tracking_url) fills it in.
    ///
    /// ```
    /// use tracking_number::Carrier;
    ///
    /// assert_eq!(Carrier::Ups.tracking_url(), Some("https://www.ups.com/track?tracknum={}"));
    /// assert_eq!(Carrier::Upu.tracking_url(), None);
    /// ```
    #[must_use]
    pub const fn tracking_url(self) -> Option<&'static str> {
        tracking_page::template(self)
    }

    /// The carrier this one is a brand, division or subsidiary of, when its numbers are also
    /// the parent's business: a hint naming the parent accepts them
    /// ([`TrackingNumber::parse_for`](crate::TrackingNumber::parse_for)).
    ///
    /// Sources: the companies' own "about" pages (DHL's divisions; TNT, acquired by FedEx in
    /// 2016; LaserShip, merged into OnTrac in 2024; SDA, Poste Italiane's courier; StarTrack,
    /// Australia Post's; Parcelforce Worldwide, Royal Mail's; Colissimo and Chronopost, La
    /// Poste's; Landmark Global, bpost's).
    ///
    /// ```
    /// use tracking_number::Carrier;
    ///
    /// assert_eq!(Carrier::DhlFreight.parent(), Some(Carrier::Dhl));
    /// assert_eq!(Carrier::Dhl.parent(), None);
    /// ```
    #[must_use]
    pub const fn parent(self) -> Option<Carrier> {
        match self {
            Carrier::DhlEcommerce
            | Carrier::DhlParcel
            | Carrier::DhlGlobalForwarding
            | Carrier::DhlFreight
            | Carrier::DeutschePost => Some(Carrier::Dhl),
            Carrier::Tnt => Some(Carrier::Fedex),
            Carrier::Lasership => Some(Carrier::Ontrac),
            Carrier::Sda => Some(Carrier::PosteItaliane),
            Carrier::Startrack => Some(Carrier::AustraliaPost),
            Carrier::Parcelforce => Some(Carrier::RoyalMail),
            Carrier::Colissimo | Carrier::Chronopost => Some(Carrier::LaPoste),
            Carrier::Landmark => Some(Carrier::Bpost),
            _ => None,
        }
    }

    /// Whether some carrier is a brand of this one ([`parent`](Self::parent)).
    pub(crate) fn has_brands(self) -> bool {
        /// For each carrier (by discriminant), whether it is some carrier's parent.
        const PARENTS: [bool; Carrier::ALL.len()] = {
            let mut t = [false; Carrier::ALL.len()];
            let mut i = 0;
            while i < Carrier::ALL.len() {
                if let Some(p) = Carrier::ALL[i].parent() {
                    t[p as usize] = true;
                }
                i += 1;
            }
            t
        };
        PARENTS.get(self as usize).copied().unwrap_or(false)
    }

    /// Whether `self` is `other` or one of its brands ([`parent`](Self::parent)).
    ///
    /// ```
    /// use tracking_number::Carrier;
    ///
    /// assert!(Carrier::Tnt.is_part_of(Carrier::Fedex));
    /// assert!(Carrier::Fedex.is_part_of(Carrier::Fedex));
    /// assert!(!Carrier::Fedex.is_part_of(Carrier::Tnt));
    /// ```
    #[must_use]
    pub fn is_part_of(self, other: Carrier) -> bool {
        self == other || self.parent() == Some(other)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::string::ToString;

    #[test]
    fn ids_and_names_are_unique_and_round_trip() {
        for (i, a) in Carrier::ALL.iter().enumerate() {
            assert_eq!(a.as_str().parse::<Carrier>(), Ok(*a));
            assert_eq!(a.to_string().parse::<Carrier>(), Ok(*a), "{a:?}");
            assert!(a
                .as_str()
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_'));
            for b in &Carrier::ALL[i + 1..] {
                assert!(!crate::id::spells(a.as_str(), b.as_str(), b.name()), "{a:?} {b:?}");
                assert!(!crate::id::spells(a.name(), b.as_str(), b.name()), "{a:?} {b:?}");
            }
        }
    }
}
