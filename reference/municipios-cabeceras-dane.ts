export const departamentos = {
  "ANTIOQUIA": {
    "codigo_departamento": "05",
    "municipios": {
      "MEDELLÍN": {
        "codigo": "5001",
        "lat": 6.246631,
        "lon": -75.581775
      },
      "ABEJORRAL": {
        "codigo": "5002",
        "lat": 5.789315,
        "lon": -75.428739
      },
      "ABRIAQUÍ": {
        "codigo": "5004",
        "lat": 6.632282,
        "lon": -76.064304
      },
      "ALEJANDRÍA": {
        "codigo": "5021",
        "lat": 6.376061,
        "lon": -75.141346
      },
      "AMAGÁ": {
        "codigo": "5030",
        "lat": 6.038708,
        "lon": -75.702188
      },
      "AMALFI": {
        "codigo": "5031",
        "lat": 6.909655,
        "lon": -75.077501
      },
      "ANDES": {
        "codigo": "5034",
        "lat": 5.657194,
        "lon": -75.878828
      },
      "ANGELÓPOLIS": {
        "codigo": "5036",
        "lat": 6.109719,
        "lon": -75.711389
      },
      "ANGOSTURA": {
        "codigo": "5038",
        "lat": 6.885175,
        "lon": -75.335116
      },
      "ANORÍ": {
        "codigo": "5040",
        "lat": 7.074703,
        "lon": -75.148355
      },
      "SANTA FÉ DE ANTIOQUIA": {
        "codigo": "5042",
        "lat": 6.556484,
        "lon": -75.826648
      },
      "ANZÁ": {
        "codigo": "5044",
        "lat": 6.302641,
        "lon": -75.854442
      },
      "APARTADÓ": {
        "codigo": "5045",
        "lat": 7.882968,
        "lon": -76.625279
      },
      "ARBOLETES": {
        "codigo": "5051",
        "lat": 8.849317,
        "lon": -76.426708
      },
      "ARGELIA": {
        "codigo": "5055",
        "lat": 5.731474,
        "lon": -75.14107
      },
      "ARMENIA": {
        "codigo": "5059",
        "lat": 6.155667,
        "lon": -75.786647
      },
      "BARBOSA": {
        "codigo": "5079",
        "lat": 6.439195,
        "lon": -75.331627
      },
      "BELMIRA": {
        "codigo": "5086",
        "lat": 6.606319,
        "lon": -75.667779
      },
      "BELLO": {
        "codigo": "5088",
        "lat": 6.333587,
        "lon": -75.555245
      },
      "BETANIA": {
        "codigo": "5091",
        "lat": 5.74615,
        "lon": -75.97679
      },
      "BETULIA": {
        "codigo": "5093",
        "lat": 6.115208,
        "lon": -75.984452
      },
      "CIUDAD BOLÍVAR": {
        "codigo": "5101",
        "lat": 5.850273,
        "lon": -76.021509
      },
      "BRICEÑO": {
        "codigo": "5107",
        "lat": 7.112803,
        "lon": -75.55036
      },
      "BURITICÁ": {
        "codigo": "5113",
        "lat": 6.720759,
        "lon": -75.907
      },
      "CÁCERES": {
        "codigo": "5120",
        "lat": 7.578366,
        "lon": -75.35205
      },
      "CAICEDO": {
        "codigo": "5125",
        "lat": 6.405607,
        "lon": -75.98293
      },
      "CALDAS": {
        "codigo": "5129",
        "lat": 6.091077,
        "lon": -75.633673
      },
      "CAMPAMENTO": {
        "codigo": "5134",
        "lat": 6.979771,
        "lon": -75.298091
      },
      "CAÑASGORDAS": {
        "codigo": "5138",
        "lat": 6.753859,
        "lon": -76.028228
      },
      "CARACOLÍ": {
        "codigo": "5142",
        "lat": 6.409829,
        "lon": -74.757421
      },
      "CARAMANTA": {
        "codigo": "5145",
        "lat": 5.54853,
        "lon": -75.643868
      },
      "CAREPA": {
        "codigo": "5147",
        "lat": 7.755148,
        "lon": -76.652652
      },
      "EL CARMEN DE VIBORAL": {
        "codigo": "5148",
        "lat": 6.082885,
        "lon": -75.333901
      },
      "CAROLINA": {
        "codigo": "5150",
        "lat": 6.725995,
        "lon": -75.283192
      },
      "CAUCASIA": {
        "codigo": "5154",
        "lat": 7.977278,
        "lon": -75.197996
      },
      "CHIGORODÓ": {
        "codigo": "5172",
        "lat": 7.666147,
        "lon": -76.681531
      },
      "CISNEROS": {
        "codigo": "5190",
        "lat": 6.537829,
        "lon": -75.087047
      },
      "COCORNÁ": {
        "codigo": "5197",
        "lat": 6.058295,
        "lon": -75.185483
      },
      "CONCEPCIÓN": {
        "codigo": "5206",
        "lat": 6.394348,
        "lon": -75.257587
      },
      "CONCORDIA": {
        "codigo": "5209",
        "lat": 6.045738,
        "lon": -75.908448
      },
      "COPACABANA": {
        "codigo": "5212",
        "lat": 6.348557,
        "lon": -75.509384
      },
      "DABEIBA": {
        "codigo": "5234",
        "lat": 6.998112,
        "lon": -76.261614
      },
      "DONMATÍAS": {
        "codigo": "5237",
        "lat": 6.485603,
        "lon": -75.39263
      },
      "EBÉJICO": {
        "codigo": "5240",
        "lat": 6.325615,
        "lon": -75.766413
      },
      "EL BAGRE": {
        "codigo": "5250",
        "lat": 7.5975,
        "lon": -74.799097
      },
      "ENTRERRÍOS": {
        "codigo": "5264",
        "lat": 6.566273,
        "lon": -75.517685
      },
      "ENVIGADO": {
        "codigo": "5266",
        "lat": 6.166695,
        "lon": -75.582192
      },
      "FREDONIA": {
        "codigo": "5282",
        "lat": 5.928039,
        "lon": -75.675072
      },
      "FRONTINO": {
        "codigo": "5284",
        "lat": 6.776066,
        "lon": -76.130765
      },
      "GIRALDO": {
        "codigo": "5306",
        "lat": 6.680808,
        "lon": -75.952158
      },
      "GIRARDOTA": {
        "codigo": "5308",
        "lat": 6.379472,
        "lon": -75.444238
      },
      "GÓMEZ PLATA": {
        "codigo": "5310",
        "lat": 6.683269,
        "lon": -75.220018
      },
      "GRANADA": {
        "codigo": "5313",
        "lat": 6.142892,
        "lon": -75.184446
      },
      "GUADALUPE": {
        "codigo": "5315",
        "lat": 6.815069,
        "lon": -75.239862
      },
      "GUARNE": {
        "codigo": "5318",
        "lat": 6.27787,
        "lon": -75.441612
      },
      "GUATAPÉ": {
        "codigo": "5321",
        "lat": 6.232461,
        "lon": -75.160041
      },
      "HELICONIA": {
        "codigo": "5347",
        "lat": 6.206757,
        "lon": -75.734322
      },
      "HISPANIA": {
        "codigo": "5353",
        "lat": 5.799461,
        "lon": -75.906587
      },
      "ITAGÜÍ": {
        "codigo": "5360",
        "lat": 6.175079,
        "lon": -75.612056
      },
      "ITUANGO": {
        "codigo": "5361",
        "lat": 7.171629,
        "lon": -75.764673
      },
      "JARDÍN": {
        "codigo": "5364",
        "lat": 5.597542,
        "lon": -75.818982
      },
      "JERICÓ": {
        "codigo": "5368",
        "lat": 5.789748,
        "lon": -75.785499
      },
      "LA CEJA": {
        "codigo": "5376",
        "lat": 6.028062,
        "lon": -75.429433
      },
      "LA ESTRELLA": {
        "codigo": "5380",
        "lat": 6.145238,
        "lon": -75.637708
      },
      "LA PINTADA": {
        "codigo": "5390",
        "lat": 5.743808,
        "lon": -75.60781
      },
      "LA UNIÓN": {
        "codigo": "5400",
        "lat": 5.973845,
        "lon": -75.360874
      },
      "LIBORINA": {
        "codigo": "5411",
        "lat": 6.677316,
        "lon": -75.812838
      },
      "MACEO": {
        "codigo": "5425",
        "lat": 6.552116,
        "lon": -74.78716
      },
      "MARINILLA": {
        "codigo": "5440",
        "lat": 6.173995,
        "lon": -75.339345
      },
      "MONTEBELLO": {
        "codigo": "5467",
        "lat": 5.946313,
        "lon": -75.523455
      },
      "MURINDÓ": {
        "codigo": "5475",
        "lat": 6.97771,
        "lon": -76.817485
      },
      "MUTATÁ": {
        "codigo": "5480",
        "lat": 7.242875,
        "lon": -76.435875
      },
      "NARIÑO": {
        "codigo": "5483",
        "lat": 5.610777,
        "lon": -75.176262
      },
      "NECOCLÍ": {
        "codigo": "5490",
        "lat": 8.434526,
        "lon": -76.787271
      },
      "NECHÍ": {
        "codigo": "5495",
        "lat": 8.094129,
        "lon": -74.77647
      },
      "OLAYA": {
        "codigo": "5501",
        "lat": 6.626492,
        "lon": -75.811773
      },
      "PEÑOL": {
        "codigo": "5541",
        "lat": 6.219349,
        "lon": -75.242693
      },
      "PEQUE": {
        "codigo": "5543",
        "lat": 7.021029,
        "lon": -75.910357
      },
      "PUEBLORRICO": {
        "codigo": "5576",
        "lat": 5.79158,
        "lon": -75.839903
      },
      "PUERTO BERRÍO": {
        "codigo": "5579",
        "lat": 6.487028,
        "lon": -74.410016
      },
      "PUERTO NARE": {
        "codigo": "5585",
        "lat": 6.186025,
        "lon": -74.583012
      },
      "PUERTO TRIUNFO": {
        "codigo": "5591",
        "lat": 5.871318,
        "lon": -74.64119
      },
      "REMEDIOS": {
        "codigo": "5604",
        "lat": 7.029424,
        "lon": -74.698135
      },
      "RETIRO": {
        "codigo": "5607",
        "lat": 6.062454,
        "lon": -75.501301
      },
      "RIONEGRO": {
        "codigo": "5615",
        "lat": 6.147148,
        "lon": -75.377316
      },
      "SABANALARGA": {
        "codigo": "5628",
        "lat": 6.850028,
        "lon": -75.816645
      },
      "SABANETA": {
        "codigo": "5631",
        "lat": 6.149903,
        "lon": -75.615479
      },
      "SALGAR": {
        "codigo": "5642",
        "lat": 5.964198,
        "lon": -75.976807
      },
      "SAN ANDRÉS DE CUERQUÍA": {
        "codigo": "5647",
        "lat": 6.916676,
        "lon": -75.674564
      },
      "SAN CARLOS": {
        "codigo": "5649",
        "lat": 6.187746,
        "lon": -74.988097
      },
      "SAN FRANCISCO": {
        "codigo": "5652",
        "lat": 5.963476,
        "lon": -75.101562
      },
      "SAN JERÓNIMO": {
        "codigo": "5656",
        "lat": 6.44809,
        "lon": -75.726975
      },
      "SAN JOSÉ DE LA MONTAÑA": {
        "codigo": "5658",
        "lat": 6.85009,
        "lon": -75.683352
      },
      "SAN JUAN DE URABÁ": {
        "codigo": "5659",
        "lat": 8.758964,
        "lon": -76.52857
      },
      "SAN LUIS": {
        "codigo": "5660",
        "lat": 6.043017,
        "lon": -74.993619
      },
      "SAN PEDRO DE LOS MILAGROS": {
        "codigo": "5664",
        "lat": 6.46012,
        "lon": -75.556743
      },
      "SAN PEDRO DE URABÁ": {
        "codigo": "5665",
        "lat": 8.276884,
        "lon": -76.380567
      },
      "SAN RAFAEL": {
        "codigo": "5667",
        "lat": 6.293759,
        "lon": -75.02849
      },
      "SAN ROQUE": {
        "codigo": "5670",
        "lat": 6.485939,
        "lon": -75.019109
      },
      "SAN VICENTE FERRER": {
        "codigo": "5674",
        "lat": 6.282164,
        "lon": -75.332616
      },
      "SANTA BÁRBARA": {
        "codigo": "5679",
        "lat": 5.875527,
        "lon": -75.567351
      },
      "SANTA ROSA DE OSOS": {
        "codigo": "5686",
        "lat": 6.643366,
        "lon": -75.460723
      },
      "SANTO DOMINGO": {
        "codigo": "5690",
        "lat": 6.473032,
        "lon": -75.164903
      },
      "EL SANTUARIO": {
        "codigo": "5697",
        "lat": 6.136871,
        "lon": -75.265465
      },
      "SEGOVIA": {
        "codigo": "5736",
        "lat": 7.079648,
        "lon": -74.701596
      },
      "SONSÓN": {
        "codigo": "5756",
        "lat": 5.714851,
        "lon": -75.309596
      },
      "SOPETRÁN": {
        "codigo": "5761",
        "lat": 6.500745,
        "lon": -75.747378
      },
      "TÁMESIS": {
        "codigo": "5789",
        "lat": 5.664645,
        "lon": -75.714429
      },
      "TARAZÁ": {
        "codigo": "5790",
        "lat": 7.580127,
        "lon": -75.401407
      },
      "TARSO": {
        "codigo": "5792",
        "lat": 5.864542,
        "lon": -75.822956
      },
      "TITIRIBÍ": {
        "codigo": "5809",
        "lat": 6.062391,
        "lon": -75.791887
      },
      "TOLEDO": {
        "codigo": "5819",
        "lat": 7.010328,
        "lon": -75.692281
      },
      "TURBO": {
        "codigo": "5837",
        "lat": 8.089929,
        "lon": -76.728858
      },
      "URAMITA": {
        "codigo": "5842",
        "lat": 6.898393,
        "lon": -76.173284
      },
      "URRAO": {
        "codigo": "5847",
        "lat": 6.317343,
        "lon": -76.133951
      },
      "VALDIVIA": {
        "codigo": "5854",
        "lat": 7.1652,
        "lon": -75.439274
      },
      "VALPARAÍSO": {
        "codigo": "5856",
        "lat": 5.614555,
        "lon": -75.624452
      },
      "VEGACHÍ": {
        "codigo": "5858",
        "lat": 6.773525,
        "lon": -74.798714
      },
      "VENECIA": {
        "codigo": "5861",
        "lat": 5.964693,
        "lon": -75.735544
      },
      "VIGÍA DEL FUERTE": {
        "codigo": "5873",
        "lat": 6.588164,
        "lon": -76.896004
      },
      "YALÍ": {
        "codigo": "5885",
        "lat": 6.676554,
        "lon": -74.840059
      },
      "YARUMAL": {
        "codigo": "5887",
        "lat": 6.963832,
        "lon": -75.418828
      },
      "YOLOMBÓ": {
        "codigo": "5890",
        "lat": 6.594511,
        "lon": -75.013385
      },
      "YONDÓ": {
        "codigo": "5893",
        "lat": 7.00396,
        "lon": -73.912445
      },
      "ZARAGOZA": {
        "codigo": "5895",
        "lat": 7.488583,
        "lon": -74.867075
      }
    }
  },
  "ATLÁNTICO": {
    "codigo_departamento": "05",
    "municipios": {
      "BARRANQUILLA": {
        "codigo": "8001",
        "lat": 10.977961,
        "lon": -74.815546
      },
      "BARANOA": {
        "codigo": "8078",
        "lat": 10.79445,
        "lon": -74.916077
      },
      "CAMPO DE LA CRUZ": {
        "codigo": "8137",
        "lat": 10.378291,
        "lon": -74.880847
      },
      "CANDELARIA": {
        "codigo": "8141",
        "lat": 10.461903,
        "lon": -74.879717
      },
      "GALAPA": {
        "codigo": "8296",
        "lat": 10.919033,
        "lon": -74.870385
      },
      "JUAN DE ACOSTA": {
        "codigo": "8372",
        "lat": 10.83254,
        "lon": -75.041032
      },
      "LURUACO": {
        "codigo": "8421",
        "lat": 10.610491,
        "lon": -75.14199
      },
      "MALAMBO": {
        "codigo": "8433",
        "lat": 10.857086,
        "lon": -74.776923
      },
      "MANATÍ": {
        "codigo": "8436",
        "lat": 10.449089,
        "lon": -74.956867
      },
      "PALMAR DE VARELA": {
        "codigo": "8520",
        "lat": 10.738591,
        "lon": -74.754765
      },
      "PIOJÓ": {
        "codigo": "8549",
        "lat": 10.749216,
        "lon": -75.107592
      },
      "POLONUEVO": {
        "codigo": "8558",
        "lat": 10.777363,
        "lon": -74.852981
      },
      "PONEDERA": {
        "codigo": "8560",
        "lat": 10.641779,
        "lon": -74.753885
      },
      "PUERTO COLOMBIA": {
        "codigo": "8573",
        "lat": 11.015322,
        "lon": -74.888627
      },
      "REPELÓN": {
        "codigo": "8606",
        "lat": 10.493357,
        "lon": -75.125534
      },
      "SABANAGRANDE": {
        "codigo": "8634",
        "lat": 10.792453,
        "lon": -74.759496
      },
      "SABANALARGA": {
        "codigo": "8638",
        "lat": 10.632091,
        "lon": -74.921256
      },
      "SANTA LUCÍA": {
        "codigo": "8675",
        "lat": 10.324303,
        "lon": -74.959204
      },
      "SANTO TOMÁS": {
        "codigo": "8685",
        "lat": 10.758735,
        "lon": -74.757859
      },
      "SOLEDAD": {
        "codigo": "8758",
        "lat": 10.909921,
        "lon": -74.786054
      },
      "SUAN": {
        "codigo": "8770",
        "lat": 10.335432,
        "lon": -74.881687
      },
      "TUBARÁ": {
        "codigo": "8832",
        "lat": 10.873586,
        "lon": -74.978704
      },
      "USIACURÍ": {
        "codigo": "8849",
        "lat": 10.74298,
        "lon": -74.976985
      }
    }
  },
  "BOGOTÁ, D.C.": {
    "codigo_departamento": "11",
    "municipios": {
      "BOGOTÁ, D.C.": {
        "codigo": "11001",
        "lat": 4.649251,
        "lon": -74.106992
      }
    }
  },
  "BOLÍVAR": {
    "codigo_departamento": "13",
    "municipios": {
      "CARTAGENA DE INDIAS": {
        "codigo": "13001",
        "lat": 10.385126,
        "lon": -75.496269
      },
      "ACHÍ": {
        "codigo": "13006",
        "lat": 8.570107,
        "lon": -74.557676
      },
      "ALTOS DEL ROSARIO": {
        "codigo": "13030",
        "lat": 8.791865,
        "lon": -74.164905
      },
      "ARENAL": {
        "codigo": "13042",
        "lat": 8.458865,
        "lon": -73.941099
      },
      "ARJONA": {
        "codigo": "13052",
        "lat": 10.25666,
        "lon": -75.344332
      },
      "ARROYOHONDO": {
        "codigo": "13062",
        "lat": 10.250075,
        "lon": -75.019215
      },
      "BARRANCO DE LOBA": {
        "codigo": "13074",
        "lat": 8.947787,
        "lon": -74.104391
      },
      "CALAMAR": {
        "codigo": "13140",
        "lat": 10.250431,
        "lon": -74.916144
      },
      "CANTAGALLO": {
        "codigo": "13160",
        "lat": 7.378678,
        "lon": -73.914605
      },
      "CICUCO": {
        "codigo": "13188",
        "lat": 9.274281,
        "lon": -74.645981
      },
      "CÓRDOBA": {
        "codigo": "13212",
        "lat": 9.586942,
        "lon": -74.827399
      },
      "CLEMENCIA": {
        "codigo": "13222",
        "lat": 10.567452,
        "lon": -75.328469
      },
      "EL CARMEN DE BOLÍVAR": {
        "codigo": "13244",
        "lat": 9.718653,
        "lon": -75.121178
      },
      "EL GUAMO": {
        "codigo": "13248",
        "lat": 10.030958,
        "lon": -74.976084
      },
      "EL PEÑÓN": {
        "codigo": "13268",
        "lat": 8.988271,
        "lon": -73.949274
      },
      "HATILLO DE LOBA": {
        "codigo": "13300",
        "lat": 8.956014,
        "lon": -74.077912
      },
      "MAGANGUÉ": {
        "codigo": "13430",
        "lat": 9.263799,
        "lon": -74.766742
      },
      "MAHATES": {
        "codigo": "13433",
        "lat": 10.233285,
        "lon": -75.191643
      },
      "MARGARITA": {
        "codigo": "13440",
        "lat": 9.15784,
        "lon": -74.285137
      },
      "MARÍA LA BAJA": {
        "codigo": "13442",
        "lat": 9.982402,
        "lon": -75.300516
      },
      "MONTECRISTO": {
        "codigo": "13458",
        "lat": 8.297234,
        "lon": -74.471176
      },
      "SANTA CRUZ DE MOMPOX": {
        "codigo": "13468",
        "lat": 9.244241,
        "lon": -74.42818
      },
      "MORALES": {
        "codigo": "13473",
        "lat": 8.276558,
        "lon": -73.868172
      },
      "NOROSÍ": {
        "codigo": "13490",
        "lat": 8.526259,
        "lon": -74.038003
      },
      "PINILLOS": {
        "codigo": "13549",
        "lat": 8.914947,
        "lon": -74.462279
      },
      "REGIDOR": {
        "codigo": "13580",
        "lat": 8.666258,
        "lon": -73.821638
      },
      "RÍO VIEJO": {
        "codigo": "13600",
        "lat": 8.58795,
        "lon": -73.840466
      },
      "SAN CRISTÓBAL": {
        "codigo": "13620",
        "lat": 10.392836,
        "lon": -75.065076
      },
      "SAN ESTANISLAO": {
        "codigo": "13647",
        "lat": 10.398602,
        "lon": -75.153101
      },
      "SAN FERNANDO": {
        "codigo": "13650",
        "lat": 9.214183,
        "lon": -74.323811
      },
      "SAN JACINTO": {
        "codigo": "13654",
        "lat": 9.830275,
        "lon": -75.12105
      },
      "SAN JACINTO DEL CAUCA": {
        "codigo": "13655",
        "lat": 8.25158,
        "lon": -74.721156
      },
      "SAN JUAN NEPOMUCENO": {
        "codigo": "13657",
        "lat": 9.953751,
        "lon": -75.081761
      },
      "SAN MARTÍN DE LOBA": {
        "codigo": "13667",
        "lat": 8.937485,
        "lon": -74.039134
      },
      "SAN PABLO": {
        "codigo": "13670",
        "lat": 7.476747,
        "lon": -73.924602
      },
      "SANTA CATALINA": {
        "codigo": "13673",
        "lat": 10.605294,
        "lon": -75.287855
      },
      "SANTA ROSA": {
        "codigo": "13683",
        "lat": 10.444396,
        "lon": -75.369824
      },
      "SANTA ROSA DEL SUR": {
        "codigo": "13688",
        "lat": 7.963938,
        "lon": -74.052243
      },
      "SIMITÍ": {
        "codigo": "13744",
        "lat": 7.953916,
        "lon": -73.947264
      },
      "SOPLAVIENTO": {
        "codigo": "13760",
        "lat": 10.38839,
        "lon": -75.136404
      },
      "TALAIGUA NUEVO": {
        "codigo": "13780",
        "lat": 9.30403,
        "lon": -74.567479
      },
      "TIQUISIO": {
        "codigo": "13810",
        "lat": 8.558666,
        "lon": -74.262922
      },
      "TURBACO": {
        "codigo": "13836",
        "lat": 10.348316,
        "lon": -75.427249
      },
      "TURBANÁ": {
        "codigo": "13838",
        "lat": 10.274585,
        "lon": -75.44265
      },
      "VILLANUEVA": {
        "codigo": "13873",
        "lat": 10.444089,
        "lon": -75.275613
      },
      "ZAMBRANO": {
        "codigo": "13894",
        "lat": 9.746306,
        "lon": -74.817879
      }
    }
  },
  "BOYACÁ": {
    "codigo_departamento": "15",
    "municipios": {
      "TUNJA": {
        "codigo": "15001",
        "lat": 5.53988,
        "lon": -73.355539
      },
      "ALMEIDA": {
        "codigo": "15022",
        "lat": 4.970857,
        "lon": -73.378933
      },
      "AQUITANIA": {
        "codigo": "15047",
        "lat": 5.518602,
        "lon": -72.88399
      },
      "ARCABUCO": {
        "codigo": "15051",
        "lat": 5.755673,
        "lon": -73.437503
      },
      "BELÉN": {
        "codigo": "15087",
        "lat": 5.98923,
        "lon": -72.911641
      },
      "BERBEO": {
        "codigo": "15090",
        "lat": 5.227451,
        "lon": -73.12721
      },
      "BETÉITIVA": {
        "codigo": "15092",
        "lat": 5.909978,
        "lon": -72.809014
      },
      "BOAVITA": {
        "codigo": "15097",
        "lat": 6.330703,
        "lon": -72.584905
      },
      "BOYACÁ": {
        "codigo": "15104",
        "lat": 5.454578,
        "lon": -73.361945
      },
      "BRICEÑO": {
        "codigo": "15106",
        "lat": 5.690879,
        "lon": -73.92326
      },
      "BUENAVISTA": {
        "codigo": "15109",
        "lat": 5.512594,
        "lon": -73.94217
      },
      "BUSBANZÁ": {
        "codigo": "15114",
        "lat": 5.831393,
        "lon": -72.884158
      },
      "CALDAS": {
        "codigo": "15131",
        "lat": 5.55458,
        "lon": -73.865553
      },
      "CAMPOHERMOSO": {
        "codigo": "15135",
        "lat": 5.031676,
        "lon": -73.104173
      },
      "CERINZA": {
        "codigo": "15162",
        "lat": 5.955939,
        "lon": -72.947918
      },
      "CHINAVITA": {
        "codigo": "15172",
        "lat": 5.167486,
        "lon": -73.368476
      },
      "CHIQUINQUIRÁ": {
        "codigo": "15176",
        "lat": 5.61379,
        "lon": -73.818745
      },
      "CHISCAS": {
        "codigo": "15180",
        "lat": 6.553136,
        "lon": -72.500957
      },
      "CHITA": {
        "codigo": "15183",
        "lat": 6.187083,
        "lon": -72.471892
      },
      "CHITARAQUE": {
        "codigo": "15185",
        "lat": 6.027425,
        "lon": -73.4471
      },
      "CHIVATÁ": {
        "codigo": "15187",
        "lat": 5.558949,
        "lon": -73.282529
      },
      "CIÉNEGA": {
        "codigo": "15189",
        "lat": 5.408694,
        "lon": -73.296049
      },
      "CÓMBITA": {
        "codigo": "15204",
        "lat": 5.634545,
        "lon": -73.323957
      },
      "COPER": {
        "codigo": "15212",
        "lat": 5.475074,
        "lon": -74.045636
      },
      "CORRALES": {
        "codigo": "15215",
        "lat": 5.828064,
        "lon": -72.844795
      },
      "COVARACHÍA": {
        "codigo": "15218",
        "lat": 6.500177,
        "lon": -72.738978
      },
      "CUBARÁ": {
        "codigo": "15223",
        "lat": 6.997275,
        "lon": -72.107939
      },
      "CUCAITA": {
        "codigo": "15224",
        "lat": 5.544452,
        "lon": -73.454338
      },
      "CUÍTIVA": {
        "codigo": "15226",
        "lat": 5.580367,
        "lon": -72.965923
      },
      "CHÍQUIZA": {
        "codigo": "15232",
        "lat": 5.639834,
        "lon": -73.449463
      },
      "CHIVOR": {
        "codigo": "15236",
        "lat": 4.888173,
        "lon": -73.368398
      },
      "DUITAMA": {
        "codigo": "15238",
        "lat": 5.822964,
        "lon": -73.03063
      },
      "EL COCUY": {
        "codigo": "15244",
        "lat": 6.407738,
        "lon": -72.444537
      },
      "EL ESPINO": {
        "codigo": "15248",
        "lat": 6.483027,
        "lon": -72.497007
      },
      "FIRAVITOBA": {
        "codigo": "15272",
        "lat": 5.668885,
        "lon": -72.993392
      },
      "FLORESTA": {
        "codigo": "15276",
        "lat": 5.859519,
        "lon": -72.918111
      },
      "GACHANTIVÁ": {
        "codigo": "15293",
        "lat": 5.751891,
        "lon": -73.549092
      },
      "GÁMEZA": {
        "codigo": "15296",
        "lat": 5.802333,
        "lon": -72.80553
      },
      "GARAGOA": {
        "codigo": "15299",
        "lat": 5.083234,
        "lon": -73.364413
      },
      "GUACAMAYAS": {
        "codigo": "15317",
        "lat": 6.459667,
        "lon": -72.500812
      },
      "GUATEQUE": {
        "codigo": "15322",
        "lat": 5.007321,
        "lon": -73.471207
      },
      "GUAYATÁ": {
        "codigo": "15325",
        "lat": 4.967122,
        "lon": -73.489698
      },
      "GÜICÁN DE LA SIERRA": {
        "codigo": "15332",
        "lat": 6.462864,
        "lon": -72.411763
      },
      "IZA": {
        "codigo": "15362",
        "lat": 5.611577,
        "lon": -72.979559
      },
      "JENESANO": {
        "codigo": "15367",
        "lat": 5.385813,
        "lon": -73.363738
      },
      "JERICÓ": {
        "codigo": "15368",
        "lat": 6.145735,
        "lon": -72.571122
      },
      "LABRANZAGRANDE": {
        "codigo": "15377",
        "lat": 5.562687,
        "lon": -72.57777
      },
      "LA CAPILLA": {
        "codigo": "15380",
        "lat": 5.095687,
        "lon": -73.444347
      },
      "LA VICTORIA": {
        "codigo": "15401",
        "lat": 5.523792,
        "lon": -74.234393
      },
      "LA UVITA": {
        "codigo": "15403",
        "lat": 6.31616,
        "lon": -72.559982
      },
      "VILLA DE LEYVA": {
        "codigo": "15407",
        "lat": 5.632455,
        "lon": -73.524948
      },
      "MACANAL": {
        "codigo": "15425",
        "lat": 4.972464,
        "lon": -73.319593
      },
      "MARIPÍ": {
        "codigo": "15442",
        "lat": 5.550091,
        "lon": -74.00405
      },
      "MIRAFLORES": {
        "codigo": "15455",
        "lat": 5.196515,
        "lon": -73.14563
      },
      "MONGUA": {
        "codigo": "15464",
        "lat": 5.754242,
        "lon": -72.79809
      },
      "MONGUÍ": {
        "codigo": "15466",
        "lat": 5.723486,
        "lon": -72.849292
      },
      "MONIQUIRÁ": {
        "codigo": "15469",
        "lat": 5.876331,
        "lon": -73.573374
      },
      "MOTAVITA": {
        "codigo": "15476",
        "lat": 5.5777,
        "lon": -73.367841
      },
      "MUZO": {
        "codigo": "15480",
        "lat": 5.532758,
        "lon": -74.10269
      },
      "NOBSA": {
        "codigo": "15491",
        "lat": 5.768046,
        "lon": -72.937042
      },
      "NUEVO COLÓN": {
        "codigo": "15494",
        "lat": 5.355317,
        "lon": -73.456759
      },
      "OICATÁ": {
        "codigo": "15500",
        "lat": 5.595235,
        "lon": -73.308399
      },
      "OTANCHE": {
        "codigo": "15507",
        "lat": 5.657536,
        "lon": -74.180965
      },
      "PACHAVITA": {
        "codigo": "15511",
        "lat": 5.140065,
        "lon": -73.396953
      },
      "PÁEZ": {
        "codigo": "15514",
        "lat": 5.097319,
        "lon": -73.052737
      },
      "PAIPA": {
        "codigo": "15516",
        "lat": 5.779894,
        "lon": -73.11782
      },
      "PAJARITO": {
        "codigo": "15518",
        "lat": 5.293783,
        "lon": -72.703231
      },
      "PANQUEBA": {
        "codigo": "15522",
        "lat": 6.443416,
        "lon": -72.459424
      },
      "PAUNA": {
        "codigo": "15531",
        "lat": 5.656323,
        "lon": -73.978449
      },
      "PAYA": {
        "codigo": "15533",
        "lat": 5.625699,
        "lon": -72.423775
      },
      "PAZ DE RÍO": {
        "codigo": "15537",
        "lat": 5.987645,
        "lon": -72.749137
      },
      "PESCA": {
        "codigo": "15542",
        "lat": 5.558808,
        "lon": -73.050872
      },
      "PISBA": {
        "codigo": "15550",
        "lat": 5.72141,
        "lon": -72.486023
      },
      "PUERTO BOYACÁ": {
        "codigo": "15572",
        "lat": 5.976646,
        "lon": -74.587782
      },
      "QUÍPAMA": {
        "codigo": "15580",
        "lat": 5.52055,
        "lon": -74.180033
      },
      "RAMIRIQUÍ": {
        "codigo": "15599",
        "lat": 5.400303,
        "lon": -73.334839
      },
      "RÁQUIRA": {
        "codigo": "15600",
        "lat": 5.539136,
        "lon": -73.632543
      },
      "RONDÓN": {
        "codigo": "15621",
        "lat": 5.357378,
        "lon": -73.208474
      },
      "SABOYÁ": {
        "codigo": "15632",
        "lat": 5.697756,
        "lon": -73.764456
      },
      "SÁCHICA": {
        "codigo": "15638",
        "lat": 5.584305,
        "lon": -73.542539
      },
      "SAMACÁ": {
        "codigo": "15646",
        "lat": 5.492161,
        "lon": -73.485589
      },
      "SAN EDUARDO": {
        "codigo": "15660",
        "lat": 5.22401,
        "lon": -73.077747
      },
      "SAN JOSÉ DE PARE": {
        "codigo": "15664",
        "lat": 6.018924,
        "lon": -73.545397
      },
      "SAN LUIS DE GACENO": {
        "codigo": "15667",
        "lat": 4.81976,
        "lon": -73.168076
      },
      "SAN MATEO": {
        "codigo": "15673",
        "lat": 6.401683,
        "lon": -72.555264
      },
      "SAN MIGUEL DE SEMA": {
        "codigo": "15676",
        "lat": 5.518083,
        "lon": -73.722009
      },
      "SAN PABLO DE BORBUR": {
        "codigo": "15681",
        "lat": 5.650743,
        "lon": -74.069963
      },
      "SANTANA": {
        "codigo": "15686",
        "lat": 6.056866,
        "lon": -73.481639
      },
      "SANTA MARÍA": {
        "codigo": "15690",
        "lat": 4.857193,
        "lon": -73.263518
      },
      "SANTA ROSA DE VITERBO": {
        "codigo": "15693",
        "lat": 5.874547,
        "lon": -72.982461
      },
      "SANTA SOFÍA": {
        "codigo": "15696",
        "lat": 5.713269,
        "lon": -73.602707
      },
      "SATIVANORTE": {
        "codigo": "15720",
        "lat": 6.131132,
        "lon": -72.708458
      },
      "SATIVASUR": {
        "codigo": "15723",
        "lat": 6.093183,
        "lon": -72.712435
      },
      "SIACHOQUE": {
        "codigo": "15740",
        "lat": 5.511811,
        "lon": -73.24466
      },
      "SOATÁ": {
        "codigo": "15753",
        "lat": 6.331945,
        "lon": -72.684051
      },
      "SOCOTÁ": {
        "codigo": "15755",
        "lat": 6.041162,
        "lon": -72.636653
      },
      "SOCHA": {
        "codigo": "15757",
        "lat": 5.996717,
        "lon": -72.691963
      },
      "SOGAMOSO": {
        "codigo": "15759",
        "lat": 5.723976,
        "lon": -72.924355
      },
      "SOMONDOCO": {
        "codigo": "15761",
        "lat": 4.985726,
        "lon": -73.433393
      },
      "SORA": {
        "codigo": "15762",
        "lat": 5.56684,
        "lon": -73.450153
      },
      "SOTAQUIRÁ": {
        "codigo": "15763",
        "lat": 5.764986,
        "lon": -73.246585
      },
      "SORACÁ": {
        "codigo": "15764",
        "lat": 5.500898,
        "lon": -73.332804
      },
      "SUSACÓN": {
        "codigo": "15774",
        "lat": 6.230332,
        "lon": -72.690289
      },
      "SUTAMARCHÁN": {
        "codigo": "15776",
        "lat": 5.619781,
        "lon": -73.620536
      },
      "SUTATENZA": {
        "codigo": "15778",
        "lat": 5.022989,
        "lon": -73.452317
      },
      "TASCO": {
        "codigo": "15790",
        "lat": 5.909821,
        "lon": -72.781011
      },
      "TENZA": {
        "codigo": "15798",
        "lat": 5.076781,
        "lon": -73.421176
      },
      "TIBANÁ": {
        "codigo": "15804",
        "lat": 5.317251,
        "lon": -73.396457
      },
      "TIBASOSA": {
        "codigo": "15806",
        "lat": 5.74723,
        "lon": -72.999449
      },
      "TINJACÁ": {
        "codigo": "15808",
        "lat": 5.579713,
        "lon": -73.646847
      },
      "TIPACOQUE": {
        "codigo": "15810",
        "lat": 6.419203,
        "lon": -72.691729
      },
      "TOCA": {
        "codigo": "15814",
        "lat": 5.566464,
        "lon": -73.184794
      },
      "TOGÜÍ": {
        "codigo": "15816",
        "lat": 5.937438,
        "lon": -73.513655
      },
      "TÓPAGA": {
        "codigo": "15820",
        "lat": 5.768201,
        "lon": -72.832245
      },
      "TOTA": {
        "codigo": "15822",
        "lat": 5.560497,
        "lon": -72.985898
      },
      "TUNUNGUÁ": {
        "codigo": "15832",
        "lat": 5.730582,
        "lon": -73.933155
      },
      "TURMEQUÉ": {
        "codigo": "15835",
        "lat": 5.323261,
        "lon": -73.491825
      },
      "TUTA": {
        "codigo": "15837",
        "lat": 5.689082,
        "lon": -73.230285
      },
      "TUTAZÁ": {
        "codigo": "15839",
        "lat": 6.032608,
        "lon": -72.856035
      },
      "ÚMBITA": {
        "codigo": "15842",
        "lat": 5.221176,
        "lon": -73.456917
      },
      "VENTAQUEMADA": {
        "codigo": "15861",
        "lat": 5.368739,
        "lon": -73.522368
      },
      "VIRACACHÁ": {
        "codigo": "15879",
        "lat": 5.436833,
        "lon": -73.296894
      },
      "ZETAQUIRA": {
        "codigo": "15897",
        "lat": 5.283443,
        "lon": -73.17098
      }
    }
  },
  "CALDAS": {
    "codigo_departamento": "17",
    "municipios": {
      "MANIZALES": {
        "codigo": "17001",
        "lat": 5.057657,
        "lon": -75.491025
      },
      "AGUADAS": {
        "codigo": "17013",
        "lat": 5.610244,
        "lon": -75.45487
      },
      "ANSERMA": {
        "codigo": "17042",
        "lat": 5.236471,
        "lon": -75.784343
      },
      "ARANZAZU": {
        "codigo": "17050",
        "lat": 5.271195,
        "lon": -75.49129
      },
      "BELALCÁZAR": {
        "codigo": "17088",
        "lat": 4.993785,
        "lon": -75.811918
      },
      "CHINCHINÁ": {
        "codigo": "17174",
        "lat": 4.985227,
        "lon": -75.607529
      },
      "FILADELFIA": {
        "codigo": "17272",
        "lat": 5.297091,
        "lon": -75.562474
      },
      "LA DORADA": {
        "codigo": "17380",
        "lat": 5.460834,
        "lon": -74.668819
      },
      "LA MERCED": {
        "codigo": "17388",
        "lat": 5.39647,
        "lon": -75.546486
      },
      "MANZANARES": {
        "codigo": "17433",
        "lat": 5.255699,
        "lon": -75.152829
      },
      "MARMATO": {
        "codigo": "17442",
        "lat": 5.47422,
        "lon": -75.600049
      },
      "MARQUETALIA": {
        "codigo": "17444",
        "lat": 5.297525,
        "lon": -75.053097
      },
      "MARULANDA": {
        "codigo": "17446",
        "lat": 5.284304,
        "lon": -75.259721
      },
      "NEIRA": {
        "codigo": "17486",
        "lat": 5.166895,
        "lon": -75.520006
      },
      "NORCASIA": {
        "codigo": "17495",
        "lat": 5.574796,
        "lon": -74.889543
      },
      "PÁCORA": {
        "codigo": "17513",
        "lat": 5.527172,
        "lon": -75.459621
      },
      "PALESTINA": {
        "codigo": "17524",
        "lat": 5.017879,
        "lon": -75.624577
      },
      "PENSILVANIA": {
        "codigo": "17541",
        "lat": 5.383281,
        "lon": -75.160299
      },
      "RIOSUCIO": {
        "codigo": "17614",
        "lat": 5.423673,
        "lon": -75.702104
      },
      "RISARALDA": {
        "codigo": "17616",
        "lat": 5.164509,
        "lon": -75.76722
      },
      "SALAMINA": {
        "codigo": "17653",
        "lat": 5.403025,
        "lon": -75.487223
      },
      "SAMANÁ": {
        "codigo": "17662",
        "lat": 5.41308,
        "lon": -74.992263
      },
      "SAN JOSÉ": {
        "codigo": "17665",
        "lat": 5.08231,
        "lon": -75.792063
      },
      "SUPÍA": {
        "codigo": "17777",
        "lat": 5.446843,
        "lon": -75.64966
      },
      "VICTORIA": {
        "codigo": "17867",
        "lat": 5.317437,
        "lon": -74.911239
      },
      "VILLAMARÍA": {
        "codigo": "17873",
        "lat": 5.038925,
        "lon": -75.502487
      },
      "VITERBO": {
        "codigo": "17877",
        "lat": 5.062664,
        "lon": -75.87061
      }
    }
  },
  "CAQUETÁ": {
    "codigo_departamento": "18",
    "municipios": {
      "FLORENCIA": {
        "codigo": "18001",
        "lat": 1.618196,
        "lon": -75.609831
      },
      "ALBANIA": {
        "codigo": "18029",
        "lat": 1.328526,
        "lon": -75.878375
      },
      "BELÉN DE LOS ANDAQUÍES": {
        "codigo": "18094",
        "lat": 1.415812,
        "lon": -75.872405
      },
      "CARTAGENA DEL CHAIRÁ": {
        "codigo": "18150",
        "lat": 1.332371,
        "lon": -74.847867
      },
      "CURILLO": {
        "codigo": "18205",
        "lat": 1.033473,
        "lon": -75.919205
      },
      "EL DONCELLO": {
        "codigo": "18247",
        "lat": 1.679951,
        "lon": -75.283631
      },
      "EL PAUJÍL": {
        "codigo": "18256",
        "lat": 1.570226,
        "lon": -75.326093
      },
      "LA MONTAÑITA": {
        "codigo": "18410",
        "lat": 1.479173,
        "lon": -75.436408
      },
      "MILÁN": {
        "codigo": "18460",
        "lat": 1.29021,
        "lon": -75.506926
      },
      "MORELIA": {
        "codigo": "18479",
        "lat": 1.486611,
        "lon": -75.724146
      },
      "PUERTO RICO": {
        "codigo": "18592",
        "lat": 1.909063,
        "lon": -75.157604
      },
      "SAN JOSÉ DEL FRAGUA": {
        "codigo": "18610",
        "lat": 1.330266,
        "lon": -75.973796
      },
      "SAN VICENTE DEL CAGUÁN": {
        "codigo": "18753",
        "lat": 2.119413,
        "lon": -74.767894
      },
      "SOLANO": {
        "codigo": "18756",
        "lat": 0.699077,
        "lon": -75.253702
      },
      "SOLITA": {
        "codigo": "18785",
        "lat": 0.87654,
        "lon": -75.619902
      },
      "VALPARAÍSO": {
        "codigo": "18860",
        "lat": 1.194619,
        "lon": -75.70671
      }
    }
  },
  "CAUCA": {
    "codigo_departamento": "19",
    "municipios": {
      "POPAYÁN": {
        "codigo": "19001",
        "lat": 2.459641,
        "lon": -76.599377
      },
      "ALMAGUER": {
        "codigo": "19022",
        "lat": 1.913429,
        "lon": -76.85607
      },
      "ARGELIA": {
        "codigo": "19050",
        "lat": 2.257427,
        "lon": -77.24905
      },
      "BALBOA": {
        "codigo": "19075",
        "lat": 2.040998,
        "lon": -77.215773
      },
      "BOLÍVAR": {
        "codigo": "19100",
        "lat": 1.837538,
        "lon": -76.966215
      },
      "BUENOS AIRES": {
        "codigo": "19110",
        "lat": 3.015382,
        "lon": -76.642238
      },
      "CAJIBÍO": {
        "codigo": "19130",
        "lat": 2.623371,
        "lon": -76.570682
      },
      "CALDONO": {
        "codigo": "19137",
        "lat": 2.798059,
        "lon": -76.484319
      },
      "CALOTO": {
        "codigo": "19142",
        "lat": 3.034531,
        "lon": -76.408941
      },
      "CORINTO": {
        "codigo": "19212",
        "lat": 3.173854,
        "lon": -76.261866
      },
      "EL TAMBO": {
        "codigo": "19256",
        "lat": 2.451409,
        "lon": -76.810911
      },
      "FLORENCIA": {
        "codigo": "19290",
        "lat": 1.682535,
        "lon": -77.072547
      },
      "GUACHENÉ": {
        "codigo": "19300",
        "lat": 3.134153,
        "lon": -76.392189
      },
      "GUAPI": {
        "codigo": "19318",
        "lat": 2.571337,
        "lon": -77.88797
      },
      "INZÁ": {
        "codigo": "19355",
        "lat": 2.549183,
        "lon": -76.063503
      },
      "JAMBALÓ": {
        "codigo": "19364",
        "lat": 2.777834,
        "lon": -76.323877
      },
      "LA SIERRA": {
        "codigo": "19392",
        "lat": 2.179383,
        "lon": -76.763278
      },
      "LA VEGA": {
        "codigo": "19397",
        "lat": 2.001803,
        "lon": -76.778771
      },
      "LÓPEZ DE MICAY": {
        "codigo": "19418",
        "lat": 2.846788,
        "lon": -77.247803
      },
      "MERCADERES": {
        "codigo": "19450",
        "lat": 1.789193,
        "lon": -77.164319
      },
      "MIRANDA": {
        "codigo": "19455",
        "lat": 3.254651,
        "lon": -76.228722
      },
      "MORALES": {
        "codigo": "19473",
        "lat": 2.754684,
        "lon": -76.629106
      },
      "PADILLA": {
        "codigo": "19513",
        "lat": 3.220984,
        "lon": -76.313265
      },
      "PÁEZ": {
        "codigo": "19517",
        "lat": 2.645724,
        "lon": -75.970685
      },
      "PATÍA": {
        "codigo": "19532",
        "lat": 2.115875,
        "lon": -76.981075
      },
      "PIAMONTE": {
        "codigo": "19533",
        "lat": 1.11754,
        "lon": -76.327588
      },
      "PIENDAMÓ - TUNÍA": {
        "codigo": "19548",
        "lat": 2.64228,
        "lon": -76.528615
      },
      "PUERTO TEJADA": {
        "codigo": "19573",
        "lat": 3.233254,
        "lon": -76.417673
      },
      "PURACÉ": {
        "codigo": "19585",
        "lat": 2.341507,
        "lon": -76.496698
      },
      "ROSAS": {
        "codigo": "19622",
        "lat": 2.260941,
        "lon": -76.740336
      },
      "SAN SEBASTIÁN": {
        "codigo": "19693",
        "lat": 1.838451,
        "lon": -76.769467
      },
      "SANTANDER DE QUILICHAO": {
        "codigo": "19698",
        "lat": 3.015008,
        "lon": -76.485141
      },
      "SANTA ROSA": {
        "codigo": "19701",
        "lat": 1.700916,
        "lon": -76.573252
      },
      "SILVIA": {
        "codigo": "19743",
        "lat": 2.611927,
        "lon": -76.379753
      },
      "SOTARÁ - PAISPAMBA": {
        "codigo": "19760",
        "lat": 2.253156,
        "lon": -76.613365
      },
      "SUÁREZ": {
        "codigo": "19780",
        "lat": 2.959785,
        "lon": -76.69357
      },
      "SUCRE": {
        "codigo": "19785",
        "lat": 2.038237,
        "lon": -76.926279
      },
      "TIMBÍO": {
        "codigo": "19807",
        "lat": 2.349686,
        "lon": -76.684476
      },
      "TIMBIQUÍ": {
        "codigo": "19809",
        "lat": 2.777312,
        "lon": -77.667541
      },
      "TORIBÍO": {
        "codigo": "19821",
        "lat": 2.953017,
        "lon": -76.270284
      },
      "TOTORÓ": {
        "codigo": "19824",
        "lat": 2.510252,
        "lon": -76.403628
      },
      "VILLA RICA": {
        "codigo": "19845",
        "lat": 3.17762,
        "lon": -76.458025
      }
    }
  },
  "CESAR": {
    "codigo_departamento": "20",
    "municipios": {
      "VALLEDUPAR": {
        "codigo": "20001",
        "lat": 10.460472,
        "lon": -73.259398
      },
      "AGUACHICA": {
        "codigo": "20011",
        "lat": 8.306811,
        "lon": -73.614027
      },
      "AGUSTÍN CODAZZI": {
        "codigo": "20013",
        "lat": 10.040454,
        "lon": -73.238389
      },
      "ASTREA": {
        "codigo": "20032",
        "lat": 9.498062,
        "lon": -73.975842
      },
      "BECERRIL": {
        "codigo": "20045",
        "lat": 9.704404,
        "lon": -73.278707
      },
      "BOSCONIA": {
        "codigo": "20060",
        "lat": 9.975098,
        "lon": -73.888761
      },
      "CHIMICHAGUA": {
        "codigo": "20175",
        "lat": 9.25875,
        "lon": -73.813278
      },
      "CHIRIGUANÁ": {
        "codigo": "20178",
        "lat": 9.361058,
        "lon": -73.599913
      },
      "CURUMANÍ": {
        "codigo": "20228",
        "lat": 9.201716,
        "lon": -73.540843
      },
      "EL COPEY": {
        "codigo": "20238",
        "lat": 10.149883,
        "lon": -73.962703
      },
      "EL PASO": {
        "codigo": "20250",
        "lat": 9.668461,
        "lon": -73.742012
      },
      "GAMARRA": {
        "codigo": "20295",
        "lat": 8.324793,
        "lon": -73.737558
      },
      "GONZÁLEZ": {
        "codigo": "20310",
        "lat": 8.389604,
        "lon": -73.38004
      },
      "LA GLORIA": {
        "codigo": "20383",
        "lat": 8.619298,
        "lon": -73.80321
      },
      "LA JAGUA DE IBIRICO": {
        "codigo": "20400",
        "lat": 9.563752,
        "lon": -73.334143
      },
      "MANAURE BALCÓN DEL CESAR": {
        "codigo": "20443",
        "lat": 10.390776,
        "lon": -73.029472
      },
      "PAILITAS": {
        "codigo": "20517",
        "lat": 8.959399,
        "lon": -73.625825
      },
      "PELAYA": {
        "codigo": "20550",
        "lat": 8.689451,
        "lon": -73.666735
      },
      "PUEBLO BELLO": {
        "codigo": "20570",
        "lat": 10.417321,
        "lon": -73.586211
      },
      "RÍO DE ORO": {
        "codigo": "20614",
        "lat": 8.292292,
        "lon": -73.386393
      },
      "LA PAZ": {
        "codigo": "20621",
        "lat": 10.387552,
        "lon": -73.171365
      },
      "SAN ALBERTO": {
        "codigo": "20710",
        "lat": 7.76111,
        "lon": -73.393889
      },
      "SAN DIEGO": {
        "codigo": "20750",
        "lat": 10.333039,
        "lon": -73.181208
      },
      "SAN MARTÍN": {
        "codigo": "20770",
        "lat": 7.999855,
        "lon": -73.510914
      },
      "TAMALAMEQUE": {
        "codigo": "20787",
        "lat": 8.861725,
        "lon": -73.812172
      }
    }
  },
  "CÓRDOBA": {
    "codigo_departamento": "23",
    "municipios": {
      "MONTERÍA": {
        "codigo": "23001",
        "lat": 8.759789,
        "lon": -75.873096
      },
      "AYAPEL": {
        "codigo": "23068",
        "lat": 8.313838,
        "lon": -75.146048
      },
      "BUENAVISTA": {
        "codigo": "23079",
        "lat": 8.221187,
        "lon": -75.480897
      },
      "CANALETE": {
        "codigo": "23090",
        "lat": 8.786939,
        "lon": -76.241476
      },
      "CERETÉ": {
        "codigo": "23162",
        "lat": 8.888532,
        "lon": -75.796093
      },
      "CHIMÁ": {
        "codigo": "23168",
        "lat": 9.149698,
        "lon": -75.626886
      },
      "CHINÚ": {
        "codigo": "23182",
        "lat": 9.105473,
        "lon": -75.399633
      },
      "CIÉNAGA DE ORO": {
        "codigo": "23189",
        "lat": 8.875794,
        "lon": -75.620807
      },
      "COTORRA": {
        "codigo": "23300",
        "lat": 9.037163,
        "lon": -75.799216
      },
      "LA APARTADA": {
        "codigo": "23350",
        "lat": 8.050125,
        "lon": -75.336031
      },
      "LORICA": {
        "codigo": "23417",
        "lat": 9.240789,
        "lon": -75.816084
      },
      "LOS CÓRDOBAS": {
        "codigo": "23419",
        "lat": 8.892098,
        "lon": -76.35518
      },
      "MOMIL": {
        "codigo": "23464",
        "lat": 9.240707,
        "lon": -75.67796
      },
      "MONTELÍBANO": {
        "codigo": "23466",
        "lat": 7.973777,
        "lon": -75.416818
      },
      "MOÑITOS": {
        "codigo": "23500",
        "lat": 9.245223,
        "lon": -76.1291
      },
      "PLANETA RICA": {
        "codigo": "23555",
        "lat": 8.4082,
        "lon": -75.583241
      },
      "PUEBLO NUEVO": {
        "codigo": "23570",
        "lat": 8.504099,
        "lon": -75.508035
      },
      "PUERTO ESCONDIDO": {
        "codigo": "23574",
        "lat": 9.005372,
        "lon": -76.260411
      },
      "PUERTO LIBERTADOR": {
        "codigo": "23580",
        "lat": 7.888859,
        "lon": -75.671761
      },
      "PURÍSIMA DE LA CONCEPCIÓN": {
        "codigo": "23586",
        "lat": 9.239295,
        "lon": -75.724987
      },
      "SAHAGÚN": {
        "codigo": "23660",
        "lat": 8.943048,
        "lon": -75.445834
      },
      "SAN ANDRÉS DE SOTAVENTO": {
        "codigo": "23670",
        "lat": 9.145448,
        "lon": -75.50879
      },
      "SAN ANTERO": {
        "codigo": "23672",
        "lat": 9.376434,
        "lon": -75.76112
      },
      "SAN BERNARDO DEL VIENTO": {
        "codigo": "23675",
        "lat": 9.35247,
        "lon": -75.955107
      },
      "SAN CARLOS": {
        "codigo": "23678",
        "lat": 8.799282,
        "lon": -75.698799
      },
      "SAN JOSÉ DE URÉ": {
        "codigo": "23682",
        "lat": 7.787303,
        "lon": -75.533476
      },
      "SAN PELAYO": {
        "codigo": "23686",
        "lat": 8.958436,
        "lon": -75.835615
      },
      "TIERRALTA": {
        "codigo": "23807",
        "lat": 8.170612,
        "lon": -76.059797
      },
      "TUCHÍN": {
        "codigo": "23815",
        "lat": 9.186625,
        "lon": -75.553962
      },
      "VALENCIA": {
        "codigo": "23855",
        "lat": 8.255016,
        "lon": -76.150756
      }
    }
  },
  "CUNDINAMARCA": {
    "codigo_departamento": "25",
    "municipios": {
      "AGUA DE DIOS": {
        "codigo": "25001",
        "lat": 4.375309,
        "lon": -74.669221
      },
      "ALBÁN": {
        "codigo": "25019",
        "lat": 4.878022,
        "lon": -74.438261
      },
      "ANAPOIMA": {
        "codigo": "25035",
        "lat": 4.562737,
        "lon": -74.528676
      },
      "ANOLAIMA": {
        "codigo": "25040",
        "lat": 4.7617,
        "lon": -74.46384
      },
      "ARBELÁEZ": {
        "codigo": "25053",
        "lat": 4.272534,
        "lon": -74.414901
      },
      "BELTRÁN": {
        "codigo": "25086",
        "lat": 4.802832,
        "lon": -74.741666
      },
      "BITUIMA": {
        "codigo": "25095",
        "lat": 4.872171,
        "lon": -74.539609
      },
      "BOJACÁ": {
        "codigo": "25099",
        "lat": 4.737205,
        "lon": -74.344594
      },
      "CABRERA": {
        "codigo": "25120",
        "lat": 3.985164,
        "lon": -74.484549
      },
      "CACHIPAY": {
        "codigo": "25123",
        "lat": 4.730957,
        "lon": -74.435711
      },
      "CAJICÁ": {
        "codigo": "25126",
        "lat": 4.920009,
        "lon": -74.02298
      },
      "CAPARRAPÍ": {
        "codigo": "25148",
        "lat": 5.34758,
        "lon": -74.491045
      },
      "CÁQUEZA": {
        "codigo": "25151",
        "lat": 4.404112,
        "lon": -73.946473
      },
      "CARMEN DE CARUPA": {
        "codigo": "25154",
        "lat": 5.349119,
        "lon": -73.901357
      },
      "CHAGUANÍ": {
        "codigo": "25168",
        "lat": 4.948916,
        "lon": -74.593455
      },
      "CHÍA": {
        "codigo": "25175",
        "lat": 4.866508,
        "lon": -74.05
      },
      "CHIPAQUE": {
        "codigo": "25178",
        "lat": 4.442671,
        "lon": -74.044876
      },
      "CHOACHÍ": {
        "codigo": "25181",
        "lat": 4.527048,
        "lon": -73.922894
      },
      "CHOCONTÁ": {
        "codigo": "25183",
        "lat": 5.145224,
        "lon": -73.683533
      },
      "COGUA": {
        "codigo": "25200",
        "lat": 5.061842,
        "lon": -73.978497
      },
      "COTA": {
        "codigo": "25214",
        "lat": 4.812564,
        "lon": -74.102569
      },
      "CUCUNUBÁ": {
        "codigo": "25224",
        "lat": 5.249795,
        "lon": -73.766113
      },
      "EL COLEGIO": {
        "codigo": "25245",
        "lat": 4.577951,
        "lon": -74.442261
      },
      "EL PEÑÓN": {
        "codigo": "25258",
        "lat": 5.248747,
        "lon": -74.290207
      },
      "EL ROSAL": {
        "codigo": "25260",
        "lat": 4.850589,
        "lon": -74.263103
      },
      "FACATATIVÁ": {
        "codigo": "25269",
        "lat": 4.813353,
        "lon": -74.350085
      },
      "FÓMEQUE": {
        "codigo": "25279",
        "lat": 4.485474,
        "lon": -73.892523
      },
      "FOSCA": {
        "codigo": "25281",
        "lat": 4.339093,
        "lon": -73.93902
      },
      "FUNZA": {
        "codigo": "25286",
        "lat": 4.710412,
        "lon": -74.201528
      },
      "FÚQUENE": {
        "codigo": "25288",
        "lat": 5.403997,
        "lon": -73.795855
      },
      "FUSAGASUGÁ": {
        "codigo": "25290",
        "lat": 4.336723,
        "lon": -74.37543
      },
      "GACHALÁ": {
        "codigo": "25293",
        "lat": 4.693579,
        "lon": -73.520161
      },
      "GACHANCIPÁ": {
        "codigo": "25295",
        "lat": 4.990947,
        "lon": -73.873464
      },
      "GACHETÁ": {
        "codigo": "25297",
        "lat": 4.816411,
        "lon": -73.636377
      },
      "GAMA": {
        "codigo": "25299",
        "lat": 4.763325,
        "lon": -73.611037
      },
      "GIRARDOT": {
        "codigo": "25307",
        "lat": 4.313069,
        "lon": -74.798201
      },
      "GRANADA": {
        "codigo": "25312",
        "lat": 4.519763,
        "lon": -74.350766
      },
      "GUACHETÁ": {
        "codigo": "25317",
        "lat": 5.383378,
        "lon": -73.686972
      },
      "GUADUAS": {
        "codigo": "25320",
        "lat": 5.072076,
        "lon": -74.603402
      },
      "GUASCA": {
        "codigo": "25322",
        "lat": 4.866719,
        "lon": -73.877143
      },
      "GUATAQUÍ": {
        "codigo": "25324",
        "lat": 4.517517,
        "lon": -74.790058
      },
      "GUATAVITA": {
        "codigo": "25326",
        "lat": 4.935211,
        "lon": -73.83293
      },
      "GUAYABAL DE SÍQUIMA": {
        "codigo": "25328",
        "lat": 4.877968,
        "lon": -74.467437
      },
      "GUAYABETAL": {
        "codigo": "25335",
        "lat": 4.215306,
        "lon": -73.815107
      },
      "GUTIÉRREZ": {
        "codigo": "25339",
        "lat": 4.254679,
        "lon": -74.003042
      },
      "JERUSALÉN": {
        "codigo": "25368",
        "lat": 4.562273,
        "lon": -74.695474
      },
      "JUNÍN": {
        "codigo": "25372",
        "lat": 4.79057,
        "lon": -73.662961
      },
      "LA CALERA": {
        "codigo": "25377",
        "lat": 4.721104,
        "lon": -73.968161
      },
      "LA MESA": {
        "codigo": "25386",
        "lat": 4.631028,
        "lon": -74.461588
      },
      "LA PALMA": {
        "codigo": "25394",
        "lat": 5.358816,
        "lon": -74.391022
      },
      "LA PEÑA": {
        "codigo": "25398",
        "lat": 5.198945,
        "lon": -74.394105
      },
      "LA VEGA": {
        "codigo": "25402",
        "lat": 4.997768,
        "lon": -74.336885
      },
      "LENGUAZAQUE": {
        "codigo": "25407",
        "lat": 5.306131,
        "lon": -73.711512
      },
      "MACHETÁ": {
        "codigo": "25426",
        "lat": 5.08007,
        "lon": -73.608226
      },
      "MADRID": {
        "codigo": "25430",
        "lat": 4.732791,
        "lon": -74.265854
      },
      "MANTA": {
        "codigo": "25436",
        "lat": 5.009008,
        "lon": -73.540444
      },
      "MEDINA": {
        "codigo": "25438",
        "lat": 4.506298,
        "lon": -73.348449
      },
      "MOSQUERA": {
        "codigo": "25473",
        "lat": 4.70653,
        "lon": -74.221154
      },
      "NARIÑO": {
        "codigo": "25483",
        "lat": 4.399837,
        "lon": -74.824732
      },
      "NEMOCÓN": {
        "codigo": "25486",
        "lat": 5.068705,
        "lon": -73.877888
      },
      "NILO": {
        "codigo": "25488",
        "lat": 4.305838,
        "lon": -74.620009
      },
      "NIMAIMA": {
        "codigo": "25489",
        "lat": 5.125992,
        "lon": -74.38604
      },
      "NOCAIMA": {
        "codigo": "25491",
        "lat": 5.069466,
        "lon": -74.379093
      },
      "VENECIA": {
        "codigo": "25506",
        "lat": 4.089056,
        "lon": -74.478301
      },
      "PACHO": {
        "codigo": "25513",
        "lat": 5.136907,
        "lon": -74.156132
      },
      "PAIME": {
        "codigo": "25518",
        "lat": 5.370487,
        "lon": -74.152213
      },
      "PANDI": {
        "codigo": "25524",
        "lat": 4.190393,
        "lon": -74.486641
      },
      "PARATEBUENO": {
        "codigo": "25530",
        "lat": 4.374832,
        "lon": -73.212825
      },
      "PASCA": {
        "codigo": "25535",
        "lat": 4.308979,
        "lon": -74.302276
      },
      "PUERTO SALGAR": {
        "codigo": "25572",
        "lat": 5.465413,
        "lon": -74.653695
      },
      "PULÍ": {
        "codigo": "25580",
        "lat": 4.682022,
        "lon": -74.71438
      },
      "QUEBRADANEGRA": {
        "codigo": "25592",
        "lat": 5.118076,
        "lon": -74.48014
      },
      "QUETAME": {
        "codigo": "25594",
        "lat": 4.329884,
        "lon": -73.863214
      },
      "QUIPILE": {
        "codigo": "25596",
        "lat": 4.74481,
        "lon": -74.533705
      },
      "APULO": {
        "codigo": "25599",
        "lat": 4.520304,
        "lon": -74.593926
      },
      "RICAURTE": {
        "codigo": "25612",
        "lat": 4.282113,
        "lon": -74.772861
      },
      "SAN ANTONIO DEL TEQUENDAMA": {
        "codigo": "25645",
        "lat": 4.616138,
        "lon": -74.351443
      },
      "SAN BERNARDO": {
        "codigo": "25649",
        "lat": 4.179433,
        "lon": -74.42296
      },
      "SAN CAYETANO": {
        "codigo": "25653",
        "lat": 5.332938,
        "lon": -74.024754
      },
      "SAN FRANCISCO": {
        "codigo": "25658",
        "lat": 4.972917,
        "lon": -74.289672
      },
      "SAN JUAN DE RIOSECO": {
        "codigo": "25662",
        "lat": 4.847575,
        "lon": -74.621919
      },
      "SASAIMA": {
        "codigo": "25718",
        "lat": 4.962167,
        "lon": -74.432628
      },
      "SESQUILÉ": {
        "codigo": "25736",
        "lat": 5.04476,
        "lon": -73.796099
      },
      "SIBATÉ": {
        "codigo": "25740",
        "lat": 4.492625,
        "lon": -74.257874
      },
      "SILVANIA": {
        "codigo": "25743",
        "lat": 4.381981,
        "lon": -74.405534
      },
      "SIMIJACA": {
        "codigo": "25745",
        "lat": 5.505231,
        "lon": -73.850703
      },
      "SOACHA": {
        "codigo": "25754",
        "lat": 4.579268,
        "lon": -74.215463
      },
      "SOPÓ": {
        "codigo": "25758",
        "lat": 4.915395,
        "lon": -73.943328
      },
      "SUBACHOQUE": {
        "codigo": "25769",
        "lat": 4.929118,
        "lon": -74.172773
      },
      "SUESCA": {
        "codigo": "25772",
        "lat": 5.103495,
        "lon": -73.798227
      },
      "SUPATÁ": {
        "codigo": "25777",
        "lat": 5.06162,
        "lon": -74.235403
      },
      "SUSA": {
        "codigo": "25779",
        "lat": 5.455291,
        "lon": -73.813938
      },
      "SUTATAUSA": {
        "codigo": "25781",
        "lat": 5.247482,
        "lon": -73.853159
      },
      "TABIO": {
        "codigo": "25785",
        "lat": 4.916832,
        "lon": -74.096461
      },
      "TAUSA": {
        "codigo": "25793",
        "lat": 5.196333,
        "lon": -73.887813
      },
      "TENA": {
        "codigo": "25797",
        "lat": 4.655286,
        "lon": -74.389193
      },
      "TENJO": {
        "codigo": "25799",
        "lat": 4.872014,
        "lon": -74.143724
      },
      "TIBACUY": {
        "codigo": "25805",
        "lat": 4.348605,
        "lon": -74.452662
      },
      "TIBIRITA": {
        "codigo": "25807",
        "lat": 5.052278,
        "lon": -73.504514
      },
      "TOCAIMA": {
        "codigo": "25815",
        "lat": 4.459279,
        "lon": -74.636296
      },
      "TOCANCIPÁ": {
        "codigo": "25817",
        "lat": 4.964641,
        "lon": -73.91207
      },
      "TOPAIPÍ": {
        "codigo": "25823",
        "lat": 5.336224,
        "lon": -74.300626
      },
      "UBALÁ": {
        "codigo": "25839",
        "lat": 4.74762,
        "lon": -73.531489
      },
      "UBAQUE": {
        "codigo": "25841",
        "lat": 4.483788,
        "lon": -73.933477
      },
      "VILLA DE SAN DIEGO DE UBATÉ": {
        "codigo": "25843",
        "lat": 5.307463,
        "lon": -73.814367
      },
      "UNE": {
        "codigo": "25845",
        "lat": 4.40245,
        "lon": -74.025183
      },
      "ÚTICA": {
        "codigo": "25851",
        "lat": 5.19055,
        "lon": -74.483154
      },
      "VERGARA": {
        "codigo": "25862",
        "lat": 5.117258,
        "lon": -74.346163
      },
      "VIANÍ": {
        "codigo": "25867",
        "lat": 4.875208,
        "lon": -74.56132
      },
      "VILLAGÓMEZ": {
        "codigo": "25871",
        "lat": 5.273024,
        "lon": -74.195145
      },
      "VILLAPINZÓN": {
        "codigo": "25873",
        "lat": 5.216393,
        "lon": -73.595704
      },
      "VILLETA": {
        "codigo": "25875",
        "lat": 5.012754,
        "lon": -74.469686
      },
      "VIOTÁ": {
        "codigo": "25878",
        "lat": 4.43935,
        "lon": -74.523131
      },
      "YACOPÍ": {
        "codigo": "25885",
        "lat": 5.459272,
        "lon": -74.33806
      },
      "ZIPACÓN": {
        "codigo": "25898",
        "lat": 4.759932,
        "lon": -74.379566
      },
      "ZIPAQUIRÁ": {
        "codigo": "25899",
        "lat": 5.025477,
        "lon": -73.994444
      }
    }
  },
  "CHOCÓ": {
    "codigo_departamento": "27",
    "municipios": {
      "QUIBDÓ": {
        "codigo": "27001",
        "lat": 5.682166,
        "lon": -76.638144
      },
      "ACANDÍ": {
        "codigo": "27006",
        "lat": 8.512178,
        "lon": -77.279951
      },
      "ALTO BAUDÓ": {
        "codigo": "27025",
        "lat": 5.516221,
        "lon": -76.974373
      },
      "ATRATO": {
        "codigo": "27050",
        "lat": 5.531419,
        "lon": -76.635674
      },
      "BAGADÓ": {
        "codigo": "27073",
        "lat": 5.409681,
        "lon": -76.416063
      },
      "BAHÍA SOLANO": {
        "codigo": "27075",
        "lat": 6.222807,
        "lon": -77.401359
      },
      "BAJO BAUDÓ": {
        "codigo": "27077",
        "lat": 4.954576,
        "lon": -77.365717
      },
      "BOJAYÁ": {
        "codigo": "27099",
        "lat": 6.559708,
        "lon": -76.886773
      },
      "EL CANTÓN DEL SAN PABLO": {
        "codigo": "27135",
        "lat": 5.335321,
        "lon": -76.726844
      },
      "CARMEN DEL DARIÉN": {
        "codigo": "27150",
        "lat": 7.158294,
        "lon": -76.970798
      },
      "CÉRTEGUI": {
        "codigo": "27160",
        "lat": 5.371373,
        "lon": -76.607619
      },
      "CONDOTO": {
        "codigo": "27205",
        "lat": 5.091003,
        "lon": -76.650683
      },
      "EL CARMEN DE ATRATO": {
        "codigo": "27245",
        "lat": 5.899789,
        "lon": -76.142112
      },
      "EL LITORAL DEL SAN JUAN": {
        "codigo": "27250",
        "lat": 4.259564,
        "lon": -77.363702
      },
      "ISTMINA": {
        "codigo": "27361",
        "lat": 5.153946,
        "lon": -76.68518
      },
      "JURADÓ": {
        "codigo": "27372",
        "lat": 7.103619,
        "lon": -77.762751
      },
      "LLORÓ": {
        "codigo": "27413",
        "lat": 5.49789,
        "lon": -76.545147
      },
      "MEDIO ATRATO": {
        "codigo": "27425",
        "lat": 5.994935,
        "lon": -76.783042
      },
      "MEDIO BAUDÓ": {
        "codigo": "27430",
        "lat": 5.192471,
        "lon": -76.950891
      },
      "MEDIO SAN JUAN": {
        "codigo": "27450",
        "lat": 5.098291,
        "lon": -76.694409
      },
      "NÓVITA": {
        "codigo": "27491",
        "lat": 4.956063,
        "lon": -76.609467
      },
      "NUEVO BELÉN DE BAJIRÁ": {
        "codigo": "27493",
        "lat": 7.3719,
        "lon": -76.71727
      },
      "NUQUÍ": {
        "codigo": "27495",
        "lat": 5.709812,
        "lon": -77.265507
      },
      "RÍO IRÓ": {
        "codigo": "27580",
        "lat": 5.1863,
        "lon": -76.472925
      },
      "RÍO QUITO": {
        "codigo": "27600",
        "lat": 5.483667,
        "lon": -76.740684
      },
      "RIOSUCIO": {
        "codigo": "27615",
        "lat": 7.436704,
        "lon": -77.113156
      },
      "SAN JOSÉ DEL PALMAR": {
        "codigo": "27660",
        "lat": 4.896954,
        "lon": -76.234227
      },
      "SIPÍ": {
        "codigo": "27745",
        "lat": 4.65262,
        "lon": -76.643453
      },
      "TADÓ": {
        "codigo": "27787",
        "lat": 5.264873,
        "lon": -76.558571
      },
      "UNGUÍA": {
        "codigo": "27800",
        "lat": 8.04406,
        "lon": -77.092538
      },
      "UNIÓN PANAMERICANA": {
        "codigo": "27810",
        "lat": 5.281108,
        "lon": -76.630143
      }
    }
  },
  "HUILA": {
    "codigo_departamento": "41",
    "municipios": {
      "NEIVA": {
        "codigo": "41001",
        "lat": 2.935432,
        "lon": -75.277327
      },
      "ACEVEDO": {
        "codigo": "41006",
        "lat": 1.805173,
        "lon": -75.888706
      },
      "AGRADO": {
        "codigo": "41013",
        "lat": 2.25987,
        "lon": -75.772022
      },
      "AIPE": {
        "codigo": "41016",
        "lat": 3.223996,
        "lon": -75.239017
      },
      "ALGECIRAS": {
        "codigo": "41020",
        "lat": 2.521674,
        "lon": -75.315389
      },
      "ALTAMIRA": {
        "codigo": "41026",
        "lat": 2.063841,
        "lon": -75.788471
      },
      "BARAYA": {
        "codigo": "41078",
        "lat": 3.152204,
        "lon": -75.054843
      },
      "CAMPOALEGRE": {
        "codigo": "41132",
        "lat": 2.686767,
        "lon": -75.325748
      },
      "COLOMBIA": {
        "codigo": "41206",
        "lat": 3.376745,
        "lon": -74.802815
      },
      "ELÍAS": {
        "codigo": "41244",
        "lat": 2.012854,
        "lon": -75.938301
      },
      "GARZÓN": {
        "codigo": "41298",
        "lat": 2.196493,
        "lon": -75.627057
      },
      "GIGANTE": {
        "codigo": "41306",
        "lat": 2.384031,
        "lon": -75.547681
      },
      "GUADALUPE": {
        "codigo": "41319",
        "lat": 2.02426,
        "lon": -75.757185
      },
      "HOBO": {
        "codigo": "41349",
        "lat": 2.580812,
        "lon": -75.447697
      },
      "ÍQUIRA": {
        "codigo": "41357",
        "lat": 2.649359,
        "lon": -75.634497
      },
      "ISNOS": {
        "codigo": "41359",
        "lat": 1.929467,
        "lon": -76.217637
      },
      "LA ARGENTINA": {
        "codigo": "41378",
        "lat": 2.198496,
        "lon": -75.979763
      },
      "LA PLATA": {
        "codigo": "41396",
        "lat": 2.389263,
        "lon": -75.891254
      },
      "NÁTAGA": {
        "codigo": "41483",
        "lat": 2.5451,
        "lon": -75.808756
      },
      "OPORAPA": {
        "codigo": "41503",
        "lat": 2.025088,
        "lon": -75.995165
      },
      "PAICOL": {
        "codigo": "41518",
        "lat": 2.449651,
        "lon": -75.773158
      },
      "PALERMO": {
        "codigo": "41524",
        "lat": 2.889649,
        "lon": -75.435296
      },
      "PALESTINA": {
        "codigo": "41530",
        "lat": 1.723725,
        "lon": -76.133251
      },
      "PITAL": {
        "codigo": "41548",
        "lat": 2.266618,
        "lon": -75.804544
      },
      "PITALITO": {
        "codigo": "41551",
        "lat": 1.852631,
        "lon": -76.049441
      },
      "RIVERA": {
        "codigo": "41615",
        "lat": 2.777586,
        "lon": -75.258753
      },
      "SALADOBLANCO": {
        "codigo": "41660",
        "lat": 1.9934,
        "lon": -76.044747
      },
      "SAN AGUSTÍN": {
        "codigo": "41668",
        "lat": 1.881081,
        "lon": -76.27036
      },
      "SANTA MARÍA": {
        "codigo": "41676",
        "lat": 2.939603,
        "lon": -75.586223
      },
      "SUAZA": {
        "codigo": "41770",
        "lat": 1.976051,
        "lon": -75.79525
      },
      "TARQUI": {
        "codigo": "41791",
        "lat": 2.111325,
        "lon": -75.823976
      },
      "TESALIA": {
        "codigo": "41797",
        "lat": 2.486364,
        "lon": -75.730271
      },
      "TELLO": {
        "codigo": "41799",
        "lat": 3.067538,
        "lon": -75.138773
      },
      "TERUEL": {
        "codigo": "41801",
        "lat": 2.740968,
        "lon": -75.567034
      },
      "TIMANÁ": {
        "codigo": "41807",
        "lat": 1.974539,
        "lon": -75.932167
      },
      "VILLAVIEJA": {
        "codigo": "41872",
        "lat": 3.218822,
        "lon": -75.217174
      },
      "YAGUARÁ": {
        "codigo": "41885",
        "lat": 2.664694,
        "lon": -75.518023
      }
    }
  },
  "LA GUAJIRA": {
    "codigo_departamento": "44",
    "municipios": {
      "RIOHACHA": {
        "codigo": "44001",
        "lat": 11.528588,
        "lon": -72.911795
      },
      "ALBANIA": {
        "codigo": "44035",
        "lat": 11.151628,
        "lon": -72.61232
      },
      "BARRANCAS": {
        "codigo": "44078",
        "lat": 10.958669,
        "lon": -72.793639
      },
      "DIBULLA": {
        "codigo": "44090",
        "lat": 11.27155,
        "lon": -73.307598
      },
      "DISTRACCIÓN": {
        "codigo": "44098",
        "lat": 10.898414,
        "lon": -72.887405
      },
      "EL MOLINO": {
        "codigo": "44110",
        "lat": 10.653505,
        "lon": -72.92673
      },
      "FONSECA": {
        "codigo": "44279",
        "lat": 10.886734,
        "lon": -72.846319
      },
      "HATONUEVO": {
        "codigo": "44378",
        "lat": 11.068864,
        "lon": -72.75904
      },
      "LA JAGUA DEL PILAR": {
        "codigo": "44420",
        "lat": 10.511862,
        "lon": -73.072638
      },
      "MAICAO": {
        "codigo": "44430",
        "lat": 11.378535,
        "lon": -72.242738
      },
      "MANAURE": {
        "codigo": "44560",
        "lat": 11.773767,
        "lon": -72.438739
      },
      "SAN JUAN DEL CESAR": {
        "codigo": "44650",
        "lat": 10.769546,
        "lon": -73.000629
      },
      "URIBIA": {
        "codigo": "44847",
        "lat": 11.711904,
        "lon": -72.265906
      },
      "URUMITA": {
        "codigo": "44855",
        "lat": 10.560169,
        "lon": -73.012507
      },
      "VILLANUEVA": {
        "codigo": "44874",
        "lat": 10.608774,
        "lon": -72.977583
      }
    }
  },
  "MAGDALENA": {
    "codigo_departamento": "47",
    "municipios": {
      "SANTA MARTA": {
        "codigo": "47001",
        "lat": 11.204679,
        "lon": -74.199829
      },
      "ALGARROBO": {
        "codigo": "47030",
        "lat": 10.188059,
        "lon": -74.061132
      },
      "ARACATACA": {
        "codigo": "47053",
        "lat": 10.589791,
        "lon": -74.186702
      },
      "ARIGUANÍ": {
        "codigo": "47058",
        "lat": 9.847047,
        "lon": -74.236515
      },
      "CERRO DE SAN ANTONIO": {
        "codigo": "47161",
        "lat": 10.325531,
        "lon": -74.868474
      },
      "CHIVOLO": {
        "codigo": "47170",
        "lat": 10.026631,
        "lon": -74.622242
      },
      "CIÉNAGA": {
        "codigo": "47189",
        "lat": 11.006654,
        "lon": -74.241286
      },
      "CONCORDIA": {
        "codigo": "47205",
        "lat": 10.257314,
        "lon": -74.83303
      },
      "EL BANCO": {
        "codigo": "47245",
        "lat": 9.008503,
        "lon": -73.97437
      },
      "EL PIÑÓN": {
        "codigo": "47258",
        "lat": 10.402781,
        "lon": -74.823094
      },
      "EL RETÉN": {
        "codigo": "47268",
        "lat": 10.610488,
        "lon": -74.268444
      },
      "FUNDACIÓN": {
        "codigo": "47288",
        "lat": 10.514146,
        "lon": -74.191453
      },
      "GUAMAL": {
        "codigo": "47318",
        "lat": 9.144354,
        "lon": -74.223689
      },
      "NUEVA GRANADA": {
        "codigo": "47460",
        "lat": 9.80186,
        "lon": -74.391841
      },
      "PEDRAZA": {
        "codigo": "47541",
        "lat": 10.18825,
        "lon": -74.9154
      },
      "PIJIÑO DEL CARMEN": {
        "codigo": "47545",
        "lat": 9.331922,
        "lon": -74.459034
      },
      "PIVIJAY": {
        "codigo": "47551",
        "lat": 10.460707,
        "lon": -74.613312
      },
      "PLATO": {
        "codigo": "47555",
        "lat": 9.796713,
        "lon": -74.784549
      },
      "PUEBLOVIEJO": {
        "codigo": "47570",
        "lat": 10.994766,
        "lon": -74.28253
      },
      "REMOLINO": {
        "codigo": "47605",
        "lat": 10.701952,
        "lon": -74.716172
      },
      "SABANAS DE SAN ÁNGEL": {
        "codigo": "47660",
        "lat": 10.032536,
        "lon": -74.213946
      },
      "SALAMINA": {
        "codigo": "47675",
        "lat": 10.491229,
        "lon": -74.794189
      },
      "SAN SEBASTIÁN DE BUENAVISTA": {
        "codigo": "47692",
        "lat": 9.241656,
        "lon": -74.351498
      },
      "SAN ZENÓN": {
        "codigo": "47703",
        "lat": 9.245061,
        "lon": -74.498992
      },
      "SANTA ANA": {
        "codigo": "47707",
        "lat": 9.324294,
        "lon": -74.566845
      },
      "SANTA BÁRBARA DE PINTO": {
        "codigo": "47720",
        "lat": 9.432263,
        "lon": -74.704667
      },
      "SITIONUEVO": {
        "codigo": "47745",
        "lat": 10.775285,
        "lon": -74.720021
      },
      "TENERIFE": {
        "codigo": "47798",
        "lat": 9.898273,
        "lon": -74.859783
      },
      "ZAPAYÁN": {
        "codigo": "47960",
        "lat": 10.168297,
        "lon": -74.716878
      },
      "ZONA BANANERA": {
        "codigo": "47980",
        "lat": 10.763024,
        "lon": -74.140091
      }
    }
  },
  "META": {
    "codigo_departamento": "50",
    "municipios": {
      "VILLAVICENCIO": {
        "codigo": "50001",
        "lat": 4.126369,
        "lon": -73.622601
      },
      "ACACÍAS": {
        "codigo": "50006",
        "lat": 3.990413,
        "lon": -73.766034
      },
      "BARRANCA DE UPÍA": {
        "codigo": "50110",
        "lat": 4.566225,
        "lon": -72.961083
      },
      "CABUYARO": {
        "codigo": "50124",
        "lat": 4.286705,
        "lon": -72.791768
      },
      "CASTILLA LA NUEVA": {
        "codigo": "50150",
        "lat": 3.830005,
        "lon": -73.687302
      },
      "CUBARRAL": {
        "codigo": "50223",
        "lat": 3.793653,
        "lon": -73.837999
      },
      "CUMARAL": {
        "codigo": "50226",
        "lat": 4.270042,
        "lon": -73.487052
      },
      "EL CALVARIO": {
        "codigo": "50245",
        "lat": 4.352665,
        "lon": -73.713325
      },
      "EL CASTILLO": {
        "codigo": "50251",
        "lat": 3.563907,
        "lon": -73.794225
      },
      "EL DORADO": {
        "codigo": "50270",
        "lat": 3.739984,
        "lon": -73.835264
      },
      "FUENTE DE ORO": {
        "codigo": "50287",
        "lat": 3.462875,
        "lon": -73.618121
      },
      "GRANADA": {
        "codigo": "50313",
        "lat": 3.547147,
        "lon": -73.705815
      },
      "GUAMAL": {
        "codigo": "50318",
        "lat": 3.879657,
        "lon": -73.768815
      },
      "MAPIRIPÁN": {
        "codigo": "50325",
        "lat": 2.896617,
        "lon": -72.135509
      },
      "MESETAS": {
        "codigo": "50330",
        "lat": 3.382732,
        "lon": -74.044328
      },
      "LA MACARENA": {
        "codigo": "50350",
        "lat": 2.177143,
        "lon": -73.78661
      },
      "URIBE": {
        "codigo": "50370",
        "lat": 3.239634,
        "lon": -74.351508
      },
      "LEJANÍAS": {
        "codigo": "50400",
        "lat": 3.525115,
        "lon": -74.023514
      },
      "PUERTO CONCORDIA": {
        "codigo": "50450",
        "lat": 2.624006,
        "lon": -72.760209
      },
      "PUERTO GAITÁN": {
        "codigo": "50568",
        "lat": 4.314905,
        "lon": -72.087649
      },
      "PUERTO LÓPEZ": {
        "codigo": "50573",
        "lat": 4.09349,
        "lon": -72.957324
      },
      "PUERTO LLERAS": {
        "codigo": "50577",
        "lat": 3.272117,
        "lon": -73.37385
      },
      "PUERTO RICO": {
        "codigo": "50590",
        "lat": 2.939621,
        "lon": -73.206314
      },
      "RESTREPO": {
        "codigo": "50606",
        "lat": 4.259556,
        "lon": -73.565408
      },
      "SAN CARLOS DE GUAROA": {
        "codigo": "50680",
        "lat": 3.71065,
        "lon": -73.242253
      },
      "SAN JUAN DE ARAMA": {
        "codigo": "50683",
        "lat": 3.373728,
        "lon": -73.875832
      },
      "SAN JUANITO": {
        "codigo": "50686",
        "lat": 4.458181,
        "lon": -73.676699
      },
      "SAN MARTÍN": {
        "codigo": "50689",
        "lat": 3.701899,
        "lon": -73.695812
      },
      "VISTAHERMOSA": {
        "codigo": "50711",
        "lat": 3.125579,
        "lon": -73.750966
      }
    }
  },
  "NARIÑO": {
    "codigo_departamento": "52",
    "municipios": {
      "PASTO": {
        "codigo": "52001",
        "lat": 1.212352,
        "lon": -77.278795
      },
      "ALBÁN": {
        "codigo": "52019",
        "lat": 1.474978,
        "lon": -77.080712
      },
      "ALDANA": {
        "codigo": "52022",
        "lat": 0.882381,
        "lon": -77.700564
      },
      "ANCUYA": {
        "codigo": "52036",
        "lat": 1.263276,
        "lon": -77.514512
      },
      "ARBOLEDA": {
        "codigo": "52051",
        "lat": 1.503418,
        "lon": -77.135467
      },
      "BARBACOAS": {
        "codigo": "52079",
        "lat": 1.671733,
        "lon": -78.13765
      },
      "BELÉN": {
        "codigo": "52083",
        "lat": 1.595681,
        "lon": -77.015619
      },
      "BUESACO": {
        "codigo": "52110",
        "lat": 1.381453,
        "lon": -77.156463
      },
      "COLÓN": {
        "codigo": "52203",
        "lat": 1.643878,
        "lon": -77.019777
      },
      "CONSACÁ": {
        "codigo": "52207",
        "lat": 1.207854,
        "lon": -77.466136
      },
      "CONTADERO": {
        "codigo": "52210",
        "lat": 0.910458,
        "lon": -77.549409
      },
      "CÓRDOBA": {
        "codigo": "52215",
        "lat": 0.854564,
        "lon": -77.517897
      },
      "CUASPUD CARLOSAMA": {
        "codigo": "52224",
        "lat": 0.862978,
        "lon": -77.728947
      },
      "CUMBAL": {
        "codigo": "52227",
        "lat": 0.906367,
        "lon": -77.792505
      },
      "CUMBITARA": {
        "codigo": "52233",
        "lat": 1.647163,
        "lon": -77.578616
      },
      "CHACHAGÜÍ": {
        "codigo": "52240",
        "lat": 1.360545,
        "lon": -77.281869
      },
      "EL CHARCO": {
        "codigo": "52250",
        "lat": 2.479688,
        "lon": -78.110217
      },
      "EL PEÑOL": {
        "codigo": "52254",
        "lat": 1.453567,
        "lon": -77.438522
      },
      "EL ROSARIO": {
        "codigo": "52256",
        "lat": 1.745309,
        "lon": -77.33417
      },
      "EL TABLÓN DE GÓMEZ": {
        "codigo": "52258",
        "lat": 1.427277,
        "lon": -77.097101
      },
      "EL TAMBO": {
        "codigo": "52260",
        "lat": 1.407913,
        "lon": -77.390772
      },
      "FUNES": {
        "codigo": "52287",
        "lat": 1.001159,
        "lon": -77.448913
      },
      "GUACHUCAL": {
        "codigo": "52317",
        "lat": 0.959744,
        "lon": -77.731589
      },
      "GUAITARILLA": {
        "codigo": "52320",
        "lat": 1.129574,
        "lon": -77.549824
      },
      "GUALMATÁN": {
        "codigo": "52323",
        "lat": 0.919652,
        "lon": -77.568701
      },
      "ILES": {
        "codigo": "52352",
        "lat": 0.96952,
        "lon": -77.521227
      },
      "IMUÉS": {
        "codigo": "52354",
        "lat": 1.05506,
        "lon": -77.496339
      },
      "IPIALES": {
        "codigo": "52356",
        "lat": 0.827732,
        "lon": -77.646367
      },
      "LA CRUZ": {
        "codigo": "52378",
        "lat": 1.601318,
        "lon": -76.970504
      },
      "LA FLORIDA": {
        "codigo": "52381",
        "lat": 1.29753,
        "lon": -77.402882
      },
      "LA LLANADA": {
        "codigo": "52385",
        "lat": 1.472892,
        "lon": -77.58091
      },
      "LA TOLA": {
        "codigo": "52390",
        "lat": 2.398999,
        "lon": -78.189725
      },
      "LA UNIÓN": {
        "codigo": "52399",
        "lat": 1.600219,
        "lon": -77.131316
      },
      "LEIVA": {
        "codigo": "52405",
        "lat": 1.934453,
        "lon": -77.306135
      },
      "LINARES": {
        "codigo": "52411",
        "lat": 1.350814,
        "lon": -77.523953
      },
      "LOS ANDES": {
        "codigo": "52418",
        "lat": 1.494587,
        "lon": -77.521303
      },
      "MAGÜÍ": {
        "codigo": "52427",
        "lat": 1.765633,
        "lon": -78.182924
      },
      "MALLAMA": {
        "codigo": "52435",
        "lat": 1.141037,
        "lon": -77.864549
      },
      "MOSQUERA": {
        "codigo": "52473",
        "lat": 2.507139,
        "lon": -78.452992
      },
      "NARIÑO": {
        "codigo": "52480",
        "lat": 1.288979,
        "lon": -77.357972
      },
      "OLAYA HERRERA": {
        "codigo": "52490",
        "lat": 2.347457,
        "lon": -78.325814
      },
      "OSPINA": {
        "codigo": "52506",
        "lat": 1.058433,
        "lon": -77.566082
      },
      "FRANCISCO PIZARRO": {
        "codigo": "52520",
        "lat": 2.040629,
        "lon": -78.658361
      },
      "POLICARPA": {
        "codigo": "52540",
        "lat": 1.627196,
        "lon": -77.458686
      },
      "POTOSÍ": {
        "codigo": "52560",
        "lat": 0.806639,
        "lon": -77.573003
      },
      "PROVIDENCIA": {
        "codigo": "52565",
        "lat": 1.237814,
        "lon": -77.596794
      },
      "PUERRES": {
        "codigo": "52573",
        "lat": 0.885125,
        "lon": -77.504211
      },
      "PUPIALES": {
        "codigo": "52585",
        "lat": 0.870442,
        "lon": -77.636042
      },
      "RICAURTE": {
        "codigo": "52612",
        "lat": 1.212492,
        "lon": -77.995153
      },
      "ROBERTO PAYÁN": {
        "codigo": "52621",
        "lat": 1.697492,
        "lon": -78.245716
      },
      "SAMANIEGO": {
        "codigo": "52678",
        "lat": 1.335438,
        "lon": -77.594341
      },
      "SANDONÁ": {
        "codigo": "52683",
        "lat": 1.283438,
        "lon": -77.47313
      },
      "SAN BERNARDO": {
        "codigo": "52685",
        "lat": 1.513762,
        "lon": -77.0475
      },
      "SAN LORENZO": {
        "codigo": "52687",
        "lat": 1.503362,
        "lon": -77.21542
      },
      "SAN PABLO": {
        "codigo": "52693",
        "lat": 1.669429,
        "lon": -77.013984
      },
      "SAN PEDRO DE CARTAGO": {
        "codigo": "52694",
        "lat": 1.551572,
        "lon": -77.11941
      },
      "SANTA BÁRBARA": {
        "codigo": "52696",
        "lat": 2.449653,
        "lon": -77.979916
      },
      "SANTACRUZ": {
        "codigo": "52699",
        "lat": 1.222589,
        "lon": -77.677035
      },
      "SAPUYES": {
        "codigo": "52720",
        "lat": 1.037536,
        "lon": -77.62028
      },
      "TAMINANGO": {
        "codigo": "52786",
        "lat": 1.570358,
        "lon": -77.2808
      },
      "TANGUA": {
        "codigo": "52788",
        "lat": 1.09482,
        "lon": -77.393735
      },
      "SAN ANDRÉS DE TUMACO": {
        "codigo": "52835",
        "lat": 1.807399,
        "lon": -78.764073
      },
      "TÚQUERRES": {
        "codigo": "52838",
        "lat": 1.085044,
        "lon": -77.61672
      },
      "YACUANQUER": {
        "codigo": "52885",
        "lat": 1.115937,
        "lon": -77.400169
      }
    }
  },
  "NORTE DE SANTANDER": {
    "codigo_departamento": "54",
    "municipios": {
      "SAN JOSÉ DE CÚCUTA": {
        "codigo": "54001",
        "lat": 7.905725,
        "lon": -72.508178
      },
      "ÁBREGO": {
        "codigo": "54003",
        "lat": 8.081616,
        "lon": -73.221722
      },
      "ARBOLEDAS": {
        "codigo": "54051",
        "lat": 7.642985,
        "lon": -72.798952
      },
      "BOCHALEMA": {
        "codigo": "54099",
        "lat": 7.612192,
        "lon": -72.64701
      },
      "BUCARASICA": {
        "codigo": "54109",
        "lat": 8.041299,
        "lon": -72.868231
      },
      "CÁCOTA": {
        "codigo": "54125",
        "lat": 7.268705,
        "lon": -72.642059
      },
      "CÁCHIRA": {
        "codigo": "54128",
        "lat": 7.741248,
        "lon": -73.048983
      },
      "CHINÁCOTA": {
        "codigo": "54172",
        "lat": 7.603112,
        "lon": -72.601162
      },
      "CHITAGÁ": {
        "codigo": "54174",
        "lat": 7.138187,
        "lon": -72.665468
      },
      "CONVENCIÓN": {
        "codigo": "54206",
        "lat": 8.470374,
        "lon": -73.3372
      },
      "CUCUTILLA": {
        "codigo": "54223",
        "lat": 7.539633,
        "lon": -72.772816
      },
      "DURANIA": {
        "codigo": "54239",
        "lat": 7.714804,
        "lon": -72.658491
      },
      "EL CARMEN": {
        "codigo": "54245",
        "lat": 8.510579,
        "lon": -73.446687
      },
      "EL TARRA": {
        "codigo": "54250",
        "lat": 8.574281,
        "lon": -73.09614
      },
      "EL ZULIA": {
        "codigo": "54261",
        "lat": 7.938572,
        "lon": -72.604717
      },
      "GRAMALOTE": {
        "codigo": "54313",
        "lat": 7.916946,
        "lon": -72.787233
      },
      "HACARÍ": {
        "codigo": "54344",
        "lat": 8.321506,
        "lon": -73.145997
      },
      "HERRÁN": {
        "codigo": "54347",
        "lat": 7.506541,
        "lon": -72.483519
      },
      "LABATECA": {
        "codigo": "54377",
        "lat": 7.298414,
        "lon": -72.495983
      },
      "LA ESPERANZA": {
        "codigo": "54385",
        "lat": 7.639839,
        "lon": -73.328126
      },
      "LA PLAYA": {
        "codigo": "54398",
        "lat": 8.21124,
        "lon": -73.239986
      },
      "LOS PATIOS": {
        "codigo": "54405",
        "lat": 7.833186,
        "lon": -72.505612
      },
      "LOURDES": {
        "codigo": "54418",
        "lat": 7.945631,
        "lon": -72.832376
      },
      "MUTISCUA": {
        "codigo": "54480",
        "lat": 7.300469,
        "lon": -72.747169
      },
      "OCAÑA": {
        "codigo": "54498",
        "lat": 8.248574,
        "lon": -73.35607
      },
      "PAMPLONA": {
        "codigo": "54518",
        "lat": 7.372802,
        "lon": -72.647714
      },
      "PAMPLONITA": {
        "codigo": "54520",
        "lat": 7.436745,
        "lon": -72.639111
      },
      "PUERTO SANTANDER": {
        "codigo": "54553",
        "lat": 8.359993,
        "lon": -72.411363
      },
      "RAGONVALIA": {
        "codigo": "54599",
        "lat": 7.577861,
        "lon": -72.476708
      },
      "SALAZAR": {
        "codigo": "54660",
        "lat": 7.773683,
        "lon": -72.813064
      },
      "SAN CALIXTO": {
        "codigo": "54670",
        "lat": 8.40214,
        "lon": -73.208622
      },
      "SAN CAYETANO": {
        "codigo": "54673",
        "lat": 7.875695,
        "lon": -72.625459
      },
      "SANTIAGO": {
        "codigo": "54680",
        "lat": 7.865856,
        "lon": -72.716203
      },
      "SARDINATA": {
        "codigo": "54720",
        "lat": 8.082105,
        "lon": -72.800577
      },
      "SILOS": {
        "codigo": "54743",
        "lat": 7.204736,
        "lon": -72.757128
      },
      "TEORAMA": {
        "codigo": "54800",
        "lat": 8.438134,
        "lon": -73.28707
      },
      "TIBÚ": {
        "codigo": "54810",
        "lat": 8.639891,
        "lon": -72.734496
      },
      "TOLEDO": {
        "codigo": "54820",
        "lat": 7.307692,
        "lon": -72.481915
      },
      "VILLA CARO": {
        "codigo": "54871",
        "lat": 7.914244,
        "lon": -72.973601
      },
      "VILLA DEL ROSARIO": {
        "codigo": "54874",
        "lat": 7.847672,
        "lon": -72.469758
      }
    }
  },
  "QUINDÍO": {
    "codigo_departamento": "63",
    "municipios": {
      "ARMENIA": {
        "codigo": "63001",
        "lat": 4.53598,
        "lon": -75.680786
      },
      "BUENAVISTA": {
        "codigo": "63111",
        "lat": 4.360029,
        "lon": -75.739572
      },
      "CALARCÁ": {
        "codigo": "63130",
        "lat": 4.520982,
        "lon": -75.646085
      },
      "CIRCASIA": {
        "codigo": "63190",
        "lat": 4.617759,
        "lon": -75.636533
      },
      "CÓRDOBA": {
        "codigo": "63212",
        "lat": 4.392485,
        "lon": -75.687866
      },
      "FILANDIA": {
        "codigo": "63272",
        "lat": 4.674338,
        "lon": -75.658387
      },
      "GÉNOVA": {
        "codigo": "63302",
        "lat": 4.206641,
        "lon": -75.790402
      },
      "LA TEBAIDA": {
        "codigo": "63401",
        "lat": 4.453755,
        "lon": -75.786887
      },
      "MONTENEGRO": {
        "codigo": "63470",
        "lat": 4.565057,
        "lon": -75.749827
      },
      "PIJAO": {
        "codigo": "63548",
        "lat": 4.335036,
        "lon": -75.703329
      },
      "QUIMBAYA": {
        "codigo": "63594",
        "lat": 4.624387,
        "lon": -75.765074
      },
      "SALENTO": {
        "codigo": "63690",
        "lat": 4.637157,
        "lon": -75.570844
      }
    }
  },
  "RISARALDA": {
    "codigo_departamento": "66",
    "municipios": {
      "PEREIRA": {
        "codigo": "66001",
        "lat": 4.804985,
        "lon": -75.719711
      },
      "APÍA": {
        "codigo": "66045",
        "lat": 5.106526,
        "lon": -75.942356
      },
      "BALBOA": {
        "codigo": "66075",
        "lat": 4.949096,
        "lon": -75.958663
      },
      "BELÉN DE UMBRÍA": {
        "codigo": "66088",
        "lat": 5.200793,
        "lon": -75.868334
      },
      "DOSQUEBRADAS": {
        "codigo": "66170",
        "lat": 4.833131,
        "lon": -75.675371
      },
      "GUÁTICA": {
        "codigo": "66318",
        "lat": 5.315367,
        "lon": -75.799005
      },
      "LA CELIA": {
        "codigo": "66383",
        "lat": 5.002787,
        "lon": -76.0032
      },
      "LA VIRGINIA": {
        "codigo": "66400",
        "lat": 4.896624,
        "lon": -75.880394
      },
      "MARSELLA": {
        "codigo": "66440",
        "lat": 4.935771,
        "lon": -75.73879
      },
      "MISTRATÓ": {
        "codigo": "66456",
        "lat": 5.297039,
        "lon": -75.882886
      },
      "PUEBLO RICO": {
        "codigo": "66572",
        "lat": 5.222043,
        "lon": -76.030801
      },
      "QUINCHÍA": {
        "codigo": "66594",
        "lat": 5.340456,
        "lon": -75.730431
      },
      "SANTA ROSA DE CABAL": {
        "codigo": "66682",
        "lat": 4.876271,
        "lon": -75.623268
      },
      "SANTUARIO": {
        "codigo": "66687",
        "lat": 5.074911,
        "lon": -75.964628
      }
    }
  },
  "SANTANDER": {
    "codigo_departamento": "68",
    "municipios": {
      "BUCARAMANGA": {
        "codigo": "68001",
        "lat": 7.11647,
        "lon": -73.132562
      },
      "AGUADA": {
        "codigo": "68013",
        "lat": 6.162355,
        "lon": -73.523132
      },
      "ALBANIA": {
        "codigo": "68020",
        "lat": 5.759166,
        "lon": -73.91336
      },
      "ARATOCA": {
        "codigo": "68051",
        "lat": 6.694418,
        "lon": -73.01786
      },
      "BARBOSA": {
        "codigo": "68077",
        "lat": 5.932531,
        "lon": -73.615965
      },
      "BARICHARA": {
        "codigo": "68079",
        "lat": 6.634111,
        "lon": -73.223047
      },
      "BARRANCABERMEJA": {
        "codigo": "68081",
        "lat": 7.064857,
        "lon": -73.849243
      },
      "BETULIA": {
        "codigo": "68092",
        "lat": 6.899525,
        "lon": -73.283669
      },
      "BOLÍVAR": {
        "codigo": "68101",
        "lat": 5.988953,
        "lon": -73.771346
      },
      "CABRERA": {
        "codigo": "68121",
        "lat": 6.592118,
        "lon": -73.246475
      },
      "CALIFORNIA": {
        "codigo": "68132",
        "lat": 7.347989,
        "lon": -72.946491
      },
      "CAPITANEJO": {
        "codigo": "68147",
        "lat": 6.527394,
        "lon": -72.695427
      },
      "CARCASÍ": {
        "codigo": "68152",
        "lat": 6.629016,
        "lon": -72.627099
      },
      "CEPITÁ": {
        "codigo": "68160",
        "lat": 6.753518,
        "lon": -72.973536
      },
      "CERRITO": {
        "codigo": "68162",
        "lat": 6.840405,
        "lon": -72.694851
      },
      "CHARALÁ": {
        "codigo": "68167",
        "lat": 6.284339,
        "lon": -73.146873
      },
      "CHARTA": {
        "codigo": "68169",
        "lat": 7.28082,
        "lon": -72.968798
      },
      "CHIMA": {
        "codigo": "68176",
        "lat": 6.344348,
        "lon": -73.373656
      },
      "CHIPATÁ": {
        "codigo": "68179",
        "lat": 6.062521,
        "lon": -73.637111
      },
      "CIMITARRA": {
        "codigo": "68190",
        "lat": 6.320886,
        "lon": -73.953011
      },
      "CONCEPCIÓN": {
        "codigo": "68207",
        "lat": 6.768908,
        "lon": -72.694567
      },
      "CONFINES": {
        "codigo": "68209",
        "lat": 6.357327,
        "lon": -73.240554
      },
      "CONTRATACIÓN": {
        "codigo": "68211",
        "lat": 6.290561,
        "lon": -73.474426
      },
      "COROMORO": {
        "codigo": "68217",
        "lat": 6.294999,
        "lon": -73.040816
      },
      "CURITÍ": {
        "codigo": "68229",
        "lat": 6.605099,
        "lon": -73.069383
      },
      "EL CARMEN DE CHUCURÍ": {
        "codigo": "68235",
        "lat": 6.700038,
        "lon": -73.51066
      },
      "EL GUACAMAYO": {
        "codigo": "68245",
        "lat": 6.245111,
        "lon": -73.496908
      },
      "EL PEÑÓN": {
        "codigo": "68250",
        "lat": 6.05537,
        "lon": -73.815532
      },
      "EL PLAYÓN": {
        "codigo": "68255",
        "lat": 7.470715,
        "lon": -73.20287
      },
      "ENCINO": {
        "codigo": "68264",
        "lat": 6.137429,
        "lon": -73.098749
      },
      "ENCISO": {
        "codigo": "68266",
        "lat": 6.668034,
        "lon": -72.699647
      },
      "FLORIÁN": {
        "codigo": "68271",
        "lat": 5.804659,
        "lon": -73.97143
      },
      "FLORIDABLANCA": {
        "codigo": "68276",
        "lat": 7.072329,
        "lon": -73.099104
      },
      "GALÁN": {
        "codigo": "68296",
        "lat": 6.638423,
        "lon": -73.287769
      },
      "GÁMBITA": {
        "codigo": "68298",
        "lat": 5.945998,
        "lon": -73.344185
      },
      "GIRÓN": {
        "codigo": "68307",
        "lat": 7.070432,
        "lon": -73.166832
      },
      "GUACA": {
        "codigo": "68318",
        "lat": 6.876563,
        "lon": -72.856322
      },
      "GUADALUPE": {
        "codigo": "68320",
        "lat": 6.245847,
        "lon": -73.419292
      },
      "GUAPOTÁ": {
        "codigo": "68322",
        "lat": 6.308635,
        "lon": -73.320732
      },
      "GUAVATÁ": {
        "codigo": "68324",
        "lat": 5.954348,
        "lon": -73.700906
      },
      "GÜEPSA": {
        "codigo": "68327",
        "lat": 6.025013,
        "lon": -73.575146
      },
      "HATO": {
        "codigo": "68344",
        "lat": 6.543957,
        "lon": -73.308399
      },
      "JESÚS MARÍA": {
        "codigo": "68368",
        "lat": 5.876497,
        "lon": -73.783396
      },
      "JORDÁN": {
        "codigo": "68370",
        "lat": 6.732727,
        "lon": -73.096053
      },
      "LA BELLEZA": {
        "codigo": "68377",
        "lat": 5.85925,
        "lon": -73.965494
      },
      "LANDÁZURI": {
        "codigo": "68385",
        "lat": 6.218812,
        "lon": -73.811359
      },
      "LA PAZ": {
        "codigo": "68397",
        "lat": 6.178509,
        "lon": -73.58959
      },
      "LEBRIJA": {
        "codigo": "68406",
        "lat": 7.113351,
        "lon": -73.219524
      },
      "LOS SANTOS": {
        "codigo": "68418",
        "lat": 6.755203,
        "lon": -73.102739
      },
      "MACARAVITA": {
        "codigo": "68425",
        "lat": 6.50658,
        "lon": -72.593105
      },
      "MÁLAGA": {
        "codigo": "68432",
        "lat": 6.703081,
        "lon": -72.732089
      },
      "MATANZA": {
        "codigo": "68444",
        "lat": 7.323175,
        "lon": -73.015566
      },
      "MOGOTES": {
        "codigo": "68464",
        "lat": 6.475246,
        "lon": -72.969807
      },
      "MOLAGAVITA": {
        "codigo": "68468",
        "lat": 6.67432,
        "lon": -72.809175
      },
      "OCAMONTE": {
        "codigo": "68498",
        "lat": 6.339988,
        "lon": -73.122563
      },
      "OIBA": {
        "codigo": "68500",
        "lat": 6.26521,
        "lon": -73.299791
      },
      "ONZAGA": {
        "codigo": "68502",
        "lat": 6.344104,
        "lon": -72.816766
      },
      "PALMAR": {
        "codigo": "68522",
        "lat": 6.537789,
        "lon": -73.29109
      },
      "PALMAS DEL SOCORRO": {
        "codigo": "68524",
        "lat": 6.406139,
        "lon": -73.287764
      },
      "PÁRAMO": {
        "codigo": "68533",
        "lat": 6.416811,
        "lon": -73.17022
      },
      "PIEDECUESTA": {
        "codigo": "68547",
        "lat": 6.997245,
        "lon": -73.054795
      },
      "PINCHOTE": {
        "codigo": "68549",
        "lat": 6.531552,
        "lon": -73.174209
      },
      "PUENTE NACIONAL": {
        "codigo": "68572",
        "lat": 5.878381,
        "lon": -73.677567
      },
      "PUERTO PARRA": {
        "codigo": "68573",
        "lat": 6.650785,
        "lon": -74.056129
      },
      "PUERTO WILCHES": {
        "codigo": "68575",
        "lat": 7.344057,
        "lon": -73.899909
      },
      "RIONEGRO": {
        "codigo": "68615",
        "lat": 7.265014,
        "lon": -73.150177
      },
      "SABANA DE TORRES": {
        "codigo": "68655",
        "lat": 7.391919,
        "lon": -73.49906
      },
      "SAN ANDRÉS": {
        "codigo": "68669",
        "lat": 6.811511,
        "lon": -72.848864
      },
      "SAN BENITO": {
        "codigo": "68673",
        "lat": 6.126656,
        "lon": -73.50907
      },
      "SAN GIL": {
        "codigo": "68679",
        "lat": 6.551952,
        "lon": -73.134776
      },
      "SAN JOAQUÍN": {
        "codigo": "68682",
        "lat": 6.427548,
        "lon": -72.867638
      },
      "SAN JOSÉ DE MIRANDA": {
        "codigo": "68684",
        "lat": 6.658995,
        "lon": -72.733616
      },
      "SAN MIGUEL": {
        "codigo": "68686",
        "lat": 6.575315,
        "lon": -72.644123
      },
      "SAN VICENTE DE CHUCURÍ": {
        "codigo": "68689",
        "lat": 6.880383,
        "lon": -73.411024
      },
      "SANTA BÁRBARA": {
        "codigo": "68705",
        "lat": 6.990996,
        "lon": -72.907445
      },
      "SANTA HELENA DEL OPÓN": {
        "codigo": "68720",
        "lat": 6.339565,
        "lon": -73.616716
      },
      "SIMACOTA": {
        "codigo": "68745",
        "lat": 6.443469,
        "lon": -73.337368
      },
      "SOCORRO": {
        "codigo": "68755",
        "lat": 6.46387,
        "lon": -73.261198
      },
      "SUAITA": {
        "codigo": "68770",
        "lat": 6.101329,
        "lon": -73.44165
      },
      "SUCRE": {
        "codigo": "68773",
        "lat": 5.918743,
        "lon": -73.790975
      },
      "SURATÁ": {
        "codigo": "68780",
        "lat": 7.36658,
        "lon": -72.984232
      },
      "TONA": {
        "codigo": "68820",
        "lat": 7.201417,
        "lon": -72.967023
      },
      "VALLE DE SAN JOSÉ": {
        "codigo": "68855",
        "lat": 6.448028,
        "lon": -73.143507
      },
      "VÉLEZ": {
        "codigo": "68861",
        "lat": 6.009275,
        "lon": -73.672447
      },
      "VETAS": {
        "codigo": "68867",
        "lat": 7.30981,
        "lon": -72.871041
      },
      "VILLANUEVA": {
        "codigo": "68872",
        "lat": 6.670078,
        "lon": -73.174307
      },
      "ZAPATOCA": {
        "codigo": "68895",
        "lat": 6.814387,
        "lon": -73.268034
      }
    }
  },
  "SUCRE": {
    "codigo_departamento": "70",
    "municipios": {
      "SINCELEJO": {
        "codigo": "70001",
        "lat": 9.302322,
        "lon": -75.395445
      },
      "BUENAVISTA": {
        "codigo": "70110",
        "lat": 9.319794,
        "lon": -74.972827
      },
      "CAIMITO": {
        "codigo": "70124",
        "lat": 8.789324,
        "lon": -75.117141
      },
      "COLOSÓ": {
        "codigo": "70204",
        "lat": 9.494192,
        "lon": -75.353256
      },
      "COROZAL": {
        "codigo": "70215",
        "lat": 9.318749,
        "lon": -75.293048
      },
      "COVEÑAS": {
        "codigo": "70221",
        "lat": 9.402779,
        "lon": -75.680158
      },
      "CHALÁN": {
        "codigo": "70230",
        "lat": 9.545352,
        "lon": -75.312697
      },
      "EL ROBLE": {
        "codigo": "70233",
        "lat": 9.100647,
        "lon": -75.198378
      },
      "GALERAS": {
        "codigo": "70235",
        "lat": 9.160379,
        "lon": -75.04959
      },
      "GUARANDA": {
        "codigo": "70265",
        "lat": 8.468556,
        "lon": -74.537749
      },
      "LA UNIÓN": {
        "codigo": "70400",
        "lat": 8.853975,
        "lon": -75.276056
      },
      "LOS PALMITOS": {
        "codigo": "70418",
        "lat": 9.380269,
        "lon": -75.268716
      },
      "MAJAGUAL": {
        "codigo": "70429",
        "lat": 8.541163,
        "lon": -74.628077
      },
      "MORROA": {
        "codigo": "70473",
        "lat": 9.331395,
        "lon": -75.305949
      },
      "OVEJAS": {
        "codigo": "70508",
        "lat": 9.527176,
        "lon": -75.229037
      },
      "PALMITO": {
        "codigo": "70523",
        "lat": 9.333157,
        "lon": -75.541264
      },
      "SAMPUÉS": {
        "codigo": "70670",
        "lat": 9.183193,
        "lon": -75.380222
      },
      "SAN BENITO ABAD": {
        "codigo": "70678",
        "lat": 8.930108,
        "lon": -75.031089
      },
      "SAN JUAN DE BETULIA": {
        "codigo": "70702",
        "lat": 9.273066,
        "lon": -75.243565
      },
      "SAN MARCOS": {
        "codigo": "70708",
        "lat": 8.661774,
        "lon": -75.133831
      },
      "SAN ONOFRE": {
        "codigo": "70713",
        "lat": 9.736955,
        "lon": -75.522398
      },
      "SAN PEDRO": {
        "codigo": "70717",
        "lat": 9.39625,
        "lon": -75.063647
      },
      "SAN LUIS DE SINCÉ": {
        "codigo": "70742",
        "lat": 9.244308,
        "lon": -75.145999
      },
      "SUCRE": {
        "codigo": "70771",
        "lat": 8.811737,
        "lon": -74.723175
      },
      "SANTIAGO DE TOLÚ": {
        "codigo": "70820",
        "lat": 9.525387,
        "lon": -75.581112
      },
      "SAN JOSÉ DE TOLUVIEJO": {
        "codigo": "70823",
        "lat": 9.451819,
        "lon": -75.44085
      }
    }
  },
  "TOLIMA": {
    "codigo_departamento": "73",
    "municipios": {
      "IBAGUÉ": {
        "codigo": "73001",
        "lat": 4.432248,
        "lon": -75.19425
      },
      "ALPUJARRA": {
        "codigo": "73024",
        "lat": 3.391548,
        "lon": -74.9329
      },
      "ALVARADO": {
        "codigo": "73026",
        "lat": 4.567356,
        "lon": -74.953418
      },
      "AMBALEMA": {
        "codigo": "73030",
        "lat": 4.782682,
        "lon": -74.764429
      },
      "ANZOÁTEGUI": {
        "codigo": "73043",
        "lat": 4.631756,
        "lon": -75.093772
      },
      "ARMERO": {
        "codigo": "73055",
        "lat": 5.030744,
        "lon": -74.884438
      },
      "ATACO": {
        "codigo": "73067",
        "lat": 3.590591,
        "lon": -75.382545
      },
      "CAJAMARCA": {
        "codigo": "73124",
        "lat": 4.438812,
        "lon": -75.431971
      },
      "CARMEN DE APICALÁ": {
        "codigo": "73148",
        "lat": 4.152334,
        "lon": -74.717633
      },
      "CASABIANCA": {
        "codigo": "73152",
        "lat": 5.078465,
        "lon": -75.120966
      },
      "CHAPARRAL": {
        "codigo": "73168",
        "lat": 3.722918,
        "lon": -75.480765
      },
      "COELLO": {
        "codigo": "73200",
        "lat": 4.287276,
        "lon": -74.898464
      },
      "COYAIMA": {
        "codigo": "73217",
        "lat": 3.798036,
        "lon": -75.193862
      },
      "CUNDAY": {
        "codigo": "73226",
        "lat": 4.059259,
        "lon": -74.692227
      },
      "DOLORES": {
        "codigo": "73236",
        "lat": 3.539072,
        "lon": -74.896761
      },
      "ESPINAL": {
        "codigo": "73268",
        "lat": 4.151314,
        "lon": -74.885446
      },
      "FALAN": {
        "codigo": "73270",
        "lat": 5.123104,
        "lon": -74.953007
      },
      "FLANDES": {
        "codigo": "73275",
        "lat": 4.276373,
        "lon": -74.818763
      },
      "FRESNO": {
        "codigo": "73283",
        "lat": 5.153576,
        "lon": -75.035722
      },
      "GUAMO": {
        "codigo": "73319",
        "lat": 4.030992,
        "lon": -74.968135
      },
      "HERVEO": {
        "codigo": "73347",
        "lat": 5.080228,
        "lon": -75.177151
      },
      "HONDA": {
        "codigo": "73349",
        "lat": 5.211816,
        "lon": -74.75699
      },
      "ICONONZO": {
        "codigo": "73352",
        "lat": 4.176487,
        "lon": -74.531969
      },
      "LÉRIDA": {
        "codigo": "73408",
        "lat": 4.862046,
        "lon": -74.910716
      },
      "LÍBANO": {
        "codigo": "73411",
        "lat": 4.92042,
        "lon": -75.061959
      },
      "SAN SEBASTIÁN DE MARIQUITA": {
        "codigo": "73443",
        "lat": 5.199708,
        "lon": -74.889276
      },
      "MELGAR": {
        "codigo": "73449",
        "lat": 4.203655,
        "lon": -74.641317
      },
      "MURILLO": {
        "codigo": "73461",
        "lat": 4.874341,
        "lon": -75.171022
      },
      "NATAGAIMA": {
        "codigo": "73483",
        "lat": 3.624324,
        "lon": -75.093182
      },
      "ORTEGA": {
        "codigo": "73504",
        "lat": 3.934916,
        "lon": -75.222601
      },
      "PALOCABILDO": {
        "codigo": "73520",
        "lat": 5.120918,
        "lon": -75.022167
      },
      "PIEDRAS": {
        "codigo": "73547",
        "lat": 4.543951,
        "lon": -74.878106
      },
      "PLANADAS": {
        "codigo": "73555",
        "lat": 3.197911,
        "lon": -75.644163
      },
      "PRADO": {
        "codigo": "73563",
        "lat": 3.750939,
        "lon": -74.927447
      },
      "PURIFICACIÓN": {
        "codigo": "73585",
        "lat": 3.857246,
        "lon": -74.935555
      },
      "RIOBLANCO": {
        "codigo": "73616",
        "lat": 3.529932,
        "lon": -75.644069
      },
      "RONCESVALLES": {
        "codigo": "73622",
        "lat": 4.011567,
        "lon": -75.605959
      },
      "ROVIRA": {
        "codigo": "73624",
        "lat": 4.239019,
        "lon": -75.240648
      },
      "SALDAÑA": {
        "codigo": "73671",
        "lat": 3.929815,
        "lon": -75.016852
      },
      "SAN ANTONIO": {
        "codigo": "73675",
        "lat": 3.914146,
        "lon": -75.480074
      },
      "SAN LUIS": {
        "codigo": "73678",
        "lat": 4.133721,
        "lon": -75.095804
      },
      "SANTA ISABEL": {
        "codigo": "73686",
        "lat": 4.713606,
        "lon": -75.097934
      },
      "SUÁREZ": {
        "codigo": "73770",
        "lat": 4.048891,
        "lon": -74.831885
      },
      "VALLE DE SAN JUAN": {
        "codigo": "73854",
        "lat": 4.197494,
        "lon": -75.115669
      },
      "VENADILLO": {
        "codigo": "73861",
        "lat": 4.717878,
        "lon": -74.929333
      },
      "VILLAHERMOSA": {
        "codigo": "73870",
        "lat": 5.030452,
        "lon": -75.117729
      },
      "VILLARRICA": {
        "codigo": "73873",
        "lat": 3.936902,
        "lon": -74.600285
      }
    }
  },
  "VALLE DEL CAUCA": {
    "codigo_departamento": "76",
    "municipios": {
      "SANTIAGO DE CALI": {
        "codigo": "76001",
        "lat": 3.413686,
        "lon": -76.52133
      },
      "ALCALÁ": {
        "codigo": "76020",
        "lat": 4.674994,
        "lon": -75.779792
      },
      "ANDALUCÍA": {
        "codigo": "76036",
        "lat": 4.171713,
        "lon": -76.167925
      },
      "ANSERMANUEVO": {
        "codigo": "76041",
        "lat": 4.794984,
        "lon": -75.992003
      },
      "ARGELIA": {
        "codigo": "76054",
        "lat": 4.726945,
        "lon": -76.119905
      },
      "BOLÍVAR": {
        "codigo": "76100",
        "lat": 4.337846,
        "lon": -76.183583
      },
      "BUENAVENTURA": {
        "codigo": "76109",
        "lat": 3.875708,
        "lon": -77.01074
      },
      "GUADALAJARA DE BUGA": {
        "codigo": "76111",
        "lat": 3.900736,
        "lon": -76.298979
      },
      "BUGALAGRANDE": {
        "codigo": "76113",
        "lat": 4.208358,
        "lon": -76.15682
      },
      "CAICEDONIA": {
        "codigo": "76122",
        "lat": 4.334808,
        "lon": -75.830594
      },
      "CALIMA": {
        "codigo": "76126",
        "lat": 3.933664,
        "lon": -76.484132
      },
      "CANDELARIA": {
        "codigo": "76130",
        "lat": 3.408354,
        "lon": -76.346519
      },
      "CARTAGO": {
        "codigo": "76147",
        "lat": 4.742192,
        "lon": -75.924374
      },
      "DAGUA": {
        "codigo": "76233",
        "lat": 3.657318,
        "lon": -76.68886
      },
      "EL ÁGUILA": {
        "codigo": "76243",
        "lat": 4.906062,
        "lon": -76.042779
      },
      "EL CAIRO": {
        "codigo": "76246",
        "lat": 4.760874,
        "lon": -76.221611
      },
      "EL CERRITO": {
        "codigo": "76248",
        "lat": 3.684229,
        "lon": -76.311972
      },
      "EL DOVIO": {
        "codigo": "76250",
        "lat": 4.510452,
        "lon": -76.237084
      },
      "FLORIDA": {
        "codigo": "76275",
        "lat": 3.324118,
        "lon": -76.234199
      },
      "GINEBRA": {
        "codigo": "76306",
        "lat": 3.724181,
        "lon": -76.268068
      },
      "GUACARÍ": {
        "codigo": "76318",
        "lat": 3.761815,
        "lon": -76.330911
      },
      "JAMUNDÍ": {
        "codigo": "76364",
        "lat": 3.258751,
        "lon": -76.538472
      },
      "LA CUMBRE": {
        "codigo": "76377",
        "lat": 3.649268,
        "lon": -76.56805
      },
      "LA UNIÓN": {
        "codigo": "76400",
        "lat": 4.533869,
        "lon": -76.099661
      },
      "LA VICTORIA": {
        "codigo": "76403",
        "lat": 4.523603,
        "lon": -76.036529
      },
      "OBANDO": {
        "codigo": "76497",
        "lat": 4.575712,
        "lon": -75.974709
      },
      "PALMIRA": {
        "codigo": "76520",
        "lat": 3.531544,
        "lon": -76.298846
      },
      "PRADERA": {
        "codigo": "76563",
        "lat": 3.419793,
        "lon": -76.241799
      },
      "RESTREPO": {
        "codigo": "76606",
        "lat": 3.821351,
        "lon": -76.523329
      },
      "RIOFRÍO": {
        "codigo": "76616",
        "lat": 4.156908,
        "lon": -76.288313
      },
      "ROLDANILLO": {
        "codigo": "76622",
        "lat": 4.413601,
        "lon": -76.152277
      },
      "SAN PEDRO": {
        "codigo": "76670",
        "lat": 3.995073,
        "lon": -76.228692
      },
      "SEVILLA": {
        "codigo": "76736",
        "lat": 4.270714,
        "lon": -75.931629
      },
      "TORO": {
        "codigo": "76823",
        "lat": 4.608085,
        "lon": -76.076859
      },
      "TRUJILLO": {
        "codigo": "76828",
        "lat": 4.212037,
        "lon": -76.318818
      },
      "TULUÁ": {
        "codigo": "76834",
        "lat": 4.085399,
        "lon": -76.197731
      },
      "ULLOA": {
        "codigo": "76845",
        "lat": 4.703623,
        "lon": -75.737808
      },
      "VERSALLES": {
        "codigo": "76863",
        "lat": 4.575019,
        "lon": -76.199203
      },
      "VIJES": {
        "codigo": "76869",
        "lat": 3.698686,
        "lon": -76.441804
      },
      "YOTOCO": {
        "codigo": "76890",
        "lat": 3.861241,
        "lon": -76.382698
      },
      "YUMBO": {
        "codigo": "76892",
        "lat": 3.540097,
        "lon": -76.499893
      },
      "ZARZAL": {
        "codigo": "76895",
        "lat": 4.392658,
        "lon": -76.070795
      }
    }
  },
  "ARAUCA": {
    "codigo_departamento": "81",
    "municipios": {
      "ARAUCA": {
        "codigo": "81001",
        "lat": 7.072726,
        "lon": -70.747408
      },
      "ARAUQUITA": {
        "codigo": "81065",
        "lat": 7.02702,
        "lon": -71.426733
      },
      "CRAVO NORTE": {
        "codigo": "81220",
        "lat": 6.303913,
        "lon": -70.204286
      },
      "FORTUL": {
        "codigo": "81300",
        "lat": 6.796695,
        "lon": -71.76877
      },
      "PUERTO RONDÓN": {
        "codigo": "81591",
        "lat": 6.281461,
        "lon": -71.10339
      },
      "SARAVENA": {
        "codigo": "81736",
        "lat": 6.953926,
        "lon": -71.872812
      },
      "TAME": {
        "codigo": "81794",
        "lat": 6.453324,
        "lon": -71.754427
      }
    }
  },
  "CASANARE": {
    "codigo_departamento": "85",
    "municipios": {
      "YOPAL": {
        "codigo": "85001",
        "lat": 5.327102,
        "lon": -72.396132
      },
      "AGUAZUL": {
        "codigo": "85010",
        "lat": 5.172641,
        "lon": -72.546838
      },
      "CHÁMEZA": {
        "codigo": "85015",
        "lat": 5.214527,
        "lon": -72.87016
      },
      "HATO COROZAL": {
        "codigo": "85125",
        "lat": 6.154099,
        "lon": -71.764213
      },
      "LA SALINA": {
        "codigo": "85136",
        "lat": 6.127762,
        "lon": -72.334978
      },
      "MANÍ": {
        "codigo": "85139",
        "lat": 4.81681,
        "lon": -72.281384
      },
      "MONTERREY": {
        "codigo": "85162",
        "lat": 4.877017,
        "lon": -72.894065
      },
      "NUNCHÍA": {
        "codigo": "85225",
        "lat": 5.636474,
        "lon": -72.195323
      },
      "OROCUÉ": {
        "codigo": "85230",
        "lat": 4.790258,
        "lon": -71.338533
      },
      "PAZ DE ARIPORO": {
        "codigo": "85250",
        "lat": 5.879827,
        "lon": -71.890348
      },
      "PORE": {
        "codigo": "85263",
        "lat": 5.72773,
        "lon": -71.99286
      },
      "RECETOR": {
        "codigo": "85279",
        "lat": 5.229181,
        "lon": -72.760991
      },
      "SABANALARGA": {
        "codigo": "85300",
        "lat": 4.854787,
        "lon": -73.038696
      },
      "SÁCAMA": {
        "codigo": "85315",
        "lat": 6.096738,
        "lon": -72.250157
      },
      "SAN LUIS DE PALENQUE": {
        "codigo": "85325",
        "lat": 5.422397,
        "lon": -71.732198
      },
      "TÁMARA": {
        "codigo": "85400",
        "lat": 5.829543,
        "lon": -72.16165
      },
      "TAURAMENA": {
        "codigo": "85410",
        "lat": 5.018977,
        "lon": -72.74662
      },
      "TRINIDAD": {
        "codigo": "85430",
        "lat": 5.412178,
        "lon": -71.662812
      },
      "VILLANUEVA": {
        "codigo": "85440",
        "lat": 4.61035,
        "lon": -72.927797
      }
    }
  },
  "PUTUMAYO": {
    "codigo_departamento": "86",
    "municipios": {
      "MOCOA": {
        "codigo": "86001",
        "lat": 1.151172,
        "lon": -76.654238
      },
      "COLÓN": {
        "codigo": "86219",
        "lat": 1.190133,
        "lon": -76.972566
      },
      "ORITO": {
        "codigo": "86320",
        "lat": 0.663593,
        "lon": -76.873276
      },
      "PUERTO ASÍS": {
        "codigo": "86568",
        "lat": 0.505627,
        "lon": -76.496887
      },
      "PUERTO CAICEDO": {
        "codigo": "86569",
        "lat": 0.687784,
        "lon": -76.606118
      },
      "PUERTO GUZMÁN": {
        "codigo": "86571",
        "lat": 0.962854,
        "lon": -76.407663
      },
      "PUERTO LEGUÍZAMO": {
        "codigo": "86573",
        "lat": -0.192318,
        "lon": -74.781842
      },
      "SIBUNDOY": {
        "codigo": "86749",
        "lat": 1.20026,
        "lon": -76.917814
      },
      "SAN FRANCISCO": {
        "codigo": "86755",
        "lat": 1.174194,
        "lon": -76.879283
      },
      "SAN MIGUEL": {
        "codigo": "86757",
        "lat": 0.34346,
        "lon": -76.91217
      },
      "SANTIAGO": {
        "codigo": "86760",
        "lat": 1.147076,
        "lon": -77.002641
      },
      "VALLE DEL GUAMUEZ": {
        "codigo": "86865",
        "lat": 0.423506,
        "lon": -76.906751
      },
      "VILLAGARZÓN": {
        "codigo": "86885",
        "lat": 1.028821,
        "lon": -76.61721
      }
    }
  },
  "ARCHIPIÉLAGO DE SAN ANDRÉS, PROVIDENCIA Y SANTA CATALINA": {
    "codigo_departamento": "88",
    "municipios": {
      "SAN ANDRÉS": {
        "codigo": "88001",
        "lat": 12.578108,
        "lon": -81.707181
      },
      "PROVIDENCIA": {
        "codigo": "88564",
        "lat": 13.373185,
        "lon": -81.368386
      }
    }
  },
  "AMAZONAS": {
    "codigo_departamento": "91",
    "municipios": {
      "LETICIA": {
        "codigo": "91001",
        "lat": -4.19895,
        "lon": -69.941721
      },
      "EL ENCANTO": {
        "codigo": "91263",
        "lat": -1.74806,
        "lon": -73.207114
      },
      "LA CHORRERA": {
        "codigo": "91405",
        "lat": -1.442617,
        "lon": -72.791889
      },
      "LA PEDRERA": {
        "codigo": "91407",
        "lat": -1.320301,
        "lon": -69.585499
      },
      "LA VICTORIA": {
        "codigo": "91430",
        "lat": 0.054936,
        "lon": -71.223208
      },
      "MIRITÍ - PARANÁ": {
        "codigo": "91460",
        "lat": -0.888833,
        "lon": -70.98893
      },
      "PUERTO ALEGRÍA": {
        "codigo": "91530",
        "lat": -1.005674,
        "lon": -74.014461
      },
      "PUERTO ARICA": {
        "codigo": "91536",
        "lat": -2.147039,
        "lon": -71.752186
      },
      "PUERTO NARIÑO": {
        "codigo": "91540",
        "lat": -3.779934,
        "lon": -70.364937
      },
      "PUERTO SANTANDER": {
        "codigo": "91669",
        "lat": -0.621184,
        "lon": -72.384213
      },
      "TARAPACÁ": {
        "codigo": "91798",
        "lat": -2.890126,
        "lon": -69.741745
      }
    }
  },
  "GUAINÍA": {
    "codigo_departamento": "94",
    "municipios": {
      "INÍRIDA": {
        "codigo": "94001",
        "lat": 3.866764,
        "lon": -67.918613
      },
      "BARRANCOMINAS": {
        "codigo": "94343",
        "lat": 3.494178,
        "lon": -69.814066
      },
      "SAN FELIPE": {
        "codigo": "94883",
        "lat": 1.912495,
        "lon": -67.067848
      },
      "PUERTO COLOMBIA": {
        "codigo": "94884",
        "lat": 2.726438,
        "lon": -67.566774
      },
      "LA GUADALUPE": {
        "codigo": "94885",
        "lat": 1.632464,
        "lon": -66.963692
      },
      "CACAHUAL": {
        "codigo": "94886",
        "lat": 3.52617,
        "lon": -67.413312
      },
      "PANA PANA": {
        "codigo": "94887",
        "lat": 1.865668,
        "lon": -69.0099
      },
      "MORICHAL": {
        "codigo": "94888",
        "lat": 2.265132,
        "lon": -69.919404
      }
    }
  },
  "GUAVIARE": {
    "codigo_departamento": "95",
    "municipios": {
      "SAN JOSÉ DEL GUAVIARE": {
        "codigo": "95001",
        "lat": 2.565932,
        "lon": -72.639254
      },
      "CALAMAR": {
        "codigo": "95015",
        "lat": 1.960982,
        "lon": -72.655197
      },
      "EL RETORNO": {
        "codigo": "95025",
        "lat": 2.330164,
        "lon": -72.627304
      },
      "MIRAFLORES": {
        "codigo": "95200",
        "lat": 1.337539,
        "lon": -71.950416
      }
    }
  },
  "VAUPÉS": {
    "codigo_departamento": "97",
    "municipios": {
      "MITÚ": {
        "codigo": "97001",
        "lat": 1.253151,
        "lon": -70.232641
      },
      "CARURÚ": {
        "codigo": "97161",
        "lat": 1.016116,
        "lon": -71.30221
      },
      "PACOA": {
        "codigo": "97511",
        "lat": 0.020698,
        "lon": -71.004339
      },
      "TARAIRA": {
        "codigo": "97666",
        "lat": -0.564984,
        "lon": -69.635497
      },
      "PAPUNAHUA": {
        "codigo": "97777",
        "lat": 1.908124,
        "lon": -70.76091
      },
      "YAVARATÉ": {
        "codigo": "97889",
        "lat": 0.609142,
        "lon": -69.203337
      }
    }
  },
  "VICHADA": {
    "codigo_departamento": "99",
    "municipios": {
      "PUERTO CARREÑO": {
        "codigo": "99001",
        "lat": 6.186636,
        "lon": -67.487095
      },
      "LA PRIMAVERA": {
        "codigo": "99524",
        "lat": 5.486309,
        "lon": -70.410515
      },
      "SANTA ROSALÍA": {
        "codigo": "99624",
        "lat": 5.136393,
        "lon": -70.859499
      },
      "CUMARIBO": {
        "codigo": "99773",
        "lat": 4.446352,
        "lon": -69.795533
      }
    }
  }
} as const;


