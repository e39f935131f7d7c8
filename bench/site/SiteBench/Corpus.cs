using System.Text;

namespace Newsdesk.Bench.Site;

/// <summary>
/// A deterministic synthetic Spanish-like news corpus: 300 real Spanish words (function words and news nouns and verbs)
/// plus 20,000 generated words built from Spanish syllables, drawn with a Zipf distribution (s = 1.07), so a few words
/// are in nearly every article and most are rare, as in real text.
/// </summary>
public sealed class Corpus
{
    private static readonly string[] Real =
    [
        "de", "la", "que", "el", "en", "y", "a", "los", "del", "se", "las", "por", "un", "para", "con", "no", "una", "su", "al", "es",
        "lo", "como", "más", "pero", "sus", "le", "ya", "o", "este", "sí", "porque", "esta", "entre", "cuando", "muy", "sin", "sobre",
        "también", "me", "hasta", "hay", "donde", "quien", "desde", "todo", "nos", "durante", "todos", "uno", "les", "ni", "contra",
        "gobierno", "presidente", "ministro", "millones", "euros", "empresa", "mercado", "mercados", "inversión", "inversiones", "banco",
        "central", "europeo", "europea", "tipos", "interés", "inflación", "crisis", "acuerdo", "elecciones", "partido", "parlamento",
        "ciudad", "país", "países", "guerra", "paz", "energía", "electricidad", "datos", "centros", "inteligencia", "artificial",
        "tecnología", "fondo", "fondos", "proyecto", "empleos", "trabajo", "salarios", "precios", "petróleo", "gas", "clima", "calor",
        "lluvias", "incendios", "sequía", "agua", "agricultores", "sindicatos", "huelga", "policía", "justicia", "tribunal", "juez",
        "investigación", "fiscal", "ley", "reforma", "pensiones", "sanidad", "hospital", "médicos", "escuela", "universidad",
        "estudiantes", "cultura", "museo", "festival", "cine", "música", "deporte", "fútbol", "partido", "liga", "equipo", "victoria",
        "derrota", "jugadores", "entrenador", "campeonato", "anunció", "declaró", "aseguró", "según", "informe", "estudio", "encuesta",
        "votos", "candidato", "campaña", "debate", "oposición", "mayoría", "coalición", "ministerio", "comisión", "consejo", "cumbre",
        "reunión", "negociaciones", "exportaciones", "importaciones", "aranceles", "comercio", "industria", "fábrica", "automóvil",
        "eléctrico", "baterías", "litio", "minería", "puerto", "aeropuerto", "tren", "transporte", "vivienda", "alquiler", "hipotecas",
        "bolsa", "acciones", "beneficios", "pérdidas", "deuda", "déficit", "presupuesto", "impuestos", "ayudas", "subvenciones",
        "región", "municipio", "alcalde", "vecinos", "barrio", "calle", "obras", "infraestructura", "red", "internet", "redes",
        "sociales", "plataforma", "usuarios", "seguridad", "ataque", "ciberataque", "hackers", "privacidad", "regulación", "europa",
        "francia", "alemania", "españa", "italia", "china", "estados", "unidos", "rusia", "ucrania", "madrid", "parís", "berlín",
        "bruselas", "barcelona", "valencia", "sevilla", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo",
        "semana", "mes", "año", "años", "ayer", "hoy", "mañana", "nuevo", "nueva", "nuevos", "gran", "grandes", "primer", "primera",
        "último", "última", "importante", "público", "pública", "privado", "nacional", "internacional", "local", "social", "económico",
        "económica", "política", "político", "histórico", "récord", "subida", "bajada", "aumento", "caída", "crecimiento", "recesión",
        "empleo", "paro", "contratos", "jóvenes", "mujeres", "familias", "niños", "mayores", "población", "migrantes", "frontera",
    ];

    private static readonly string[] Syllables =
        ["ba", "be", "bi", "bo", "ca", "ce", "ci", "co", "da", "de", "do", "fa", "ga", "go", "la", "le", "li", "lo", "ma", "me", "mi", "mo",
         "na", "ne", "no", "pa", "pe", "po", "ra", "re", "ri", "ro", "sa", "se", "si", "so", "ta", "te", "ti", "to", "va", "ve", "za",
         "ción", "dad", "mente", "tor", "nes", "res", "les", "tas", "dos", "ras", "gua", "que", "qui", "cha", "llo", "ña"];

    private readonly string[] _words;
    private readonly double[] _cumulative;
    private readonly Random _random;

    public Corpus(int seed)
    {
        _random = new Random(seed);
        var generator = new Random(seed + 1);
        var generated = new HashSet<string>(Real, StringComparer.Ordinal);
        while (generated.Count < Real.Length + 20_000)
        {
            var n = 2 + generator.Next(3);
            var sb = new StringBuilder();
            for (var i = 0; i < n; i++)
            {
                sb.Append(Syllables[generator.Next(Syllables.Length)]);
            }
            generated.Add(sb.ToString());
        }
        // Real words take the frequent ranks, generated ones the long tail.
        _words = [.. Real, .. generated.Except(Real).Order(StringComparer.Ordinal)];
        _cumulative = new double[_words.Length];
        var total = 0.0;
        for (var i = 0; i < _words.Length; i++)
        {
            total += 1.0 / Math.Pow(i + 1, 1.07);
            _cumulative[i] = total;
        }
        for (var i = 0; i < _cumulative.Length; i++)
        {
            _cumulative[i] /= total;
        }
    }

    public IReadOnlyList<string> Words => _words;

    public string Word()
    {
        var x = _random.NextDouble();
        var i = Array.BinarySearch(_cumulative, x);
        return _words[i < 0 ? ~i : i];
    }

    public string Sentence(int words)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < words; i++)
        {
            if (i > 0)
            {
                sb.Append(' ');
            }
            var w = Word();
            sb.Append(i == 0 ? char.ToUpperInvariant(w[0]) + w[1..] : w);
        }
        return sb.Append('.').ToString();
    }

    public int Next(int max) => _random.Next(max);
}
