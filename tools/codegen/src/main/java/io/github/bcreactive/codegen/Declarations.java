package io.github.bcreactive.codegen;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The v2/v3 families' declaration table ({@code families.txt}, the format is in {@code tools/codegen/README.md}):
 * what each family declares by hand, a line or three per resource. {@link FamilyWriter} writes each family from it,
 * with typed access to every operation no declaration reaches. A line the table cannot read, a type that is no shared
 * bundle nor the family's own, a path declared twice, and an operation of a declared path that its types do not reach
 * and {@code named:} does not list (or that both do) fail with the line's number.
 */
final class Declarations {

    /** The table on the generator's classpath. */
    static final String RESOURCE = "families.txt";

    /** The table in the project. */
    static final String FILE = "tools/codegen/src/main/resources/" + RESOURCE;

    /** The resource kit's bundles a declaration may name, with their number of type arguments. */
    static final Map<String, Integer> BUNDLES = Map.ofEntries(
            Map.entry("Listable", 1), Map.entry("Gettable", 2), Map.entry("Singleton", 1),
            Map.entry("UpdatableSingleton", 1), Map.entry("Creatable", 1), Map.entry("Updatable", 2),
            Map.entry("Deletable", 2), Map.entry("CollectionDeletable", 1), Map.entry("Countable", 1),
            Map.entry("BatchCreatable", 1), Map.entry("BatchUpdatable", 1), Map.entry("BatchDeletable", 2),
            Map.entry("ListOnly", 1), Map.entry("ListAndDelete", 1), Map.entry("CreateOnly", 1),
            Map.entry("CreateDelete", 2), Map.entry("ReadOnly", 2), Map.entry("WriteOnly", 2), Map.entry("Crud", 2),
            Map.entry("FullCrud", 2), Map.entry("BatchCrud", 2), Map.entry("SubListable", 2),
            Map.entry("SubGettable", 3), Map.entry("SubCreatable", 2), Map.entry("SubUpdatable", 3),
            Map.entry("SubDeletable", 3), Map.entry("SubCollectionDeletable", 2), Map.entry("SubCountable", 2),
            Map.entry("SubListOnly", 2), Map.entry("SubCreateOnly", 2), Map.entry("SubCreateDelete", 3),
            Map.entry("SubReadOnly", 3), Map.entry("SubWriteOnly", 3), Map.entry("SubCrud", 3),
            Map.entry("SubFullCrud", 3));

    /** The operations each capability of the kit sends: method and where ({@code ""}, {@code /{}}, batch). */
    private static final Map<String, List<String>> CAPABILITIES = Map.ofEntries(
            Map.entry("Listable", List.of("GET ")), Map.entry("Gettable", List.of("GET /{}")),
            Map.entry("Singleton", List.of("GET ")), Map.entry("UpdatableSingleton", List.of("GET ", "PUT ")),
            Map.entry("Creatable", List.of("POST ")), Map.entry("Updatable", List.of("PUT /{}")),
            Map.entry("Deletable", List.of("DELETE /{}")), Map.entry("CollectionDeletable", List.of("DELETE ")),
            Map.entry("Countable", List.of("COUNT")), Map.entry("BatchCreatable", List.of("POST batch")),
            Map.entry("BatchUpdatable", List.of("PUT batch")), Map.entry("BatchDeletable", List.of("DELETE ")));

    /** The kit's bundles made of other capabilities (a {@code Sub} form has its plain form's). */
    private static final Map<String, List<String>> COMPOSED = Map.of(
            "ListOnly", List.of("Listable"), "ListAndDelete", List.of("Listable", "CollectionDeletable"),
            "CreateOnly", List.of("Creatable"), "CreateDelete", List.of("Creatable", "Deletable"),
            "ReadOnly", List.of("Listable", "Gettable"), "WriteOnly", List.of("Creatable", "Updatable", "Deletable"),
            "Crud", List.of("Listable", "Gettable", "Creatable", "Updatable", "Deletable"),
            "FullCrud", List.of("Crud", "Countable", "CollectionDeletable"),
            "BatchCrud", List.of("Listable", "Countable", "CollectionDeletable", "BatchCreatable", "BatchUpdatable",
                    "BatchDeletable"));

    /** The table with nothing declared: every family is generated whole (tests, B2B Edition). */
    static final Declarations NONE = new Declarations(List.of());

    private static final Pattern FAMILY = Pattern.compile("family ([A-Z]\\w*) (\\w+|-)");
    private static final Pattern RESOURCE_LINE = Pattern.compile(
            "(\\w+) (v[23]) (/\\S*) ((?:model\\.)?[A-Z]\\w*)((?: (?:batches(?:=/\\S+)?(?::\\d+x\\d+)?|not-in-spec))*)");
    private static final Pattern TYPES = Pattern.compile(" {4}(.+?) -- (.+)");
    private static final Pattern DEPRECATED = Pattern.compile(" {4}deprecated: (.+)");
    private static final Pattern NAMED = Pattern.compile(" {4}named: (.+)");
    private static final Pattern OPERATION = Pattern.compile("(GET|POST|PUT|DELETE) (/\\S*)");
    private static final Pattern INTERFACE = Pattern.compile("interface ([A-Z]\\w*)(<T>)?: (.+?)(?: -- (.+))?");
    private static final Pattern CALL = Pattern.compile("call (\\w+)\\((\\w+)\\) (v[23]) (GET|POST|PUT|DELETE) (/\\S*)");
    private static final Pattern OUTSIDE = Pattern.compile("outside (v[23]) (GET|POST|PUT|DELETE) (/\\S*) -- (.+)");
    private static final Pattern DOC = Pattern.compile("\\|(?: (.*))?");
    private static final Pattern TYPE = Pattern.compile("([A-Z]\\w*)(?:<(.+)>)?");

    private final List<Family> families;

    private Declarations(List<Family> families) {
        this.families = List.copyOf(families);
    }

    /**
     * One family: its class, the spec family whose other operations it holds, and what it declares.
     *
     * @param className the class, e.g. {@code StoreInfo}
     * @param specFamily the spec family ({@link Families}), or {@code null} when it holds no spec operation
     * @param javadoc the class Javadoc's lines
     * @param self the resource the family itself is, or {@code null}
     * @param resources the accessors' resources
     * @param interfaces the family's own bundles
     * @param calls the named methods
     * @param outside the operations reached outside the families
     */
    record Family(String className, String specFamily, List<String> javadoc, Resource self, List<Resource> resources,
            List<Interface> interfaces, List<Call> calls, List<Outside> outside) {
    }

    /**
     * A declared resource.
     *
     * @param name the accessor ({@code this} for the family itself)
     * @param version {@code V2} or {@code V3}
     * @param path the collection path
     * @param model the model: a simple name of the generated models, {@code JsonNode}, or {@code model.Order}
     * @param batches the {@code .batches(..)} arguments as Java, or {@code null}
     * @param batchPath the path batches are sent to, or {@code null}
     * @param inSpec whether the specs have the path (the price request is specified in a storefront spec)
     * @param standalone the standalone type (parent ids first), or {@code null}; for the family itself, its types
     * @param bound the type bound to the parent ids, or {@code null}
     * @param doc the noun phrase of the accessors' Javadoc
     * @param deprecated the {@code @deprecated} text, or {@code null}
     * @param named the operations of the path ({@code PUT /catalog/trees}) no declared type reaches
     * @param line the line number in the table
     */
    record Resource(String name, String version, String path, String model, String batches, String batchPath,
            boolean inSpec, String standalone, String bound, String doc, String deprecated, List<String> named,
            int line) {
    }

    /**
     * A family's own bundle.
     *
     * @param name the interface's name, with its type parameter ({@code Places<T>})
     * @param supers the bundles it extends
     * @param javadoc its Javadoc's lines
     */
    record Interface(String name, List<String> supers, List<String> javadoc) {
    }

    /**
     * A named method sending a body and answering {@code Mono<JsonNode>}.
     *
     * @param name the method
     * @param parameter its parameter, the body
     * @param version {@code V2} or {@code V3}
     * @param method the HTTP method
     * @param path the path
     * @param javadoc its Javadoc's lines
     */
    record Call(String name, String parameter, String version, String method, String path, List<String> javadoc) {
    }

    /**
     * An operation reached by hand-written code outside the families.
     *
     * @param key {@code V3 POST /storefront/api-token}
     * @param who what reaches it
     */
    record Outside(String key, String who) {
    }

    /**
     * The table on the classpath.
     *
     * @return the declarations
     */
    static Declarations load() {
        try (InputStream in = Declarations.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the generator's classpath.");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a table.
     *
     * @param text the table
     * @return the declarations
     * @throws IllegalArgumentException naming the line the table cannot read
     */
    static Declarations parse(String text) {
        List<Family> families = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        Builder family = null;
        List<String> docTarget = null;
        Builder.Res resource = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].stripTrailing();
            int number = i + 1;
            if (line.isEmpty() || line.startsWith("#")) {
                docTarget = line.isEmpty() ? null : docTarget;
                continue;
            }
            Matcher m;
            if ((m = FAMILY.matcher(line)).matches()) {
                if (family != null) {
                    families.add(family.build());
                }
                family = new Builder(m.group(1), m.group(2).equals("-") ? null : m.group(2));
                docTarget = family.javadoc;
                resource = null;
                continue;
            }
            if (family == null) {
                throw error(number, line, "declarations start with a 'family <Class> <spec family>' line");
            }
            if ((m = DOC.matcher(line)).matches()) {
                if (docTarget == null) {
                    throw error(number, line, "a '| ' Javadoc line follows a family, an interface or a call");
                }
                docTarget.add(m.group(1) == null ? "" : m.group(1));
            } else if (line.startsWith("    ")) {
                if (resource == null) {
                    throw error(number, line, "an indented line follows a resource line");
                }
                if ((m = DEPRECATED.matcher(line)).matches()) {
                    resource.deprecated = m.group(1);
                } else if ((m = NAMED.matcher(line)).matches()) {
                    for (String operation : m.group(1).split(", ")) {
                        if (!OPERATION.matcher(operation).matches()) {
                            throw error(number, line, "'" + operation + "' is not '<METHOD> <path>'");
                        }
                        resource.named.add(operation);
                    }
                } else if ((m = TYPES.matcher(line)).matches() && resource.doc == null) {
                    String[] forms = m.group(1).split(" \\| ", -1);
                    if (forms.length > 2) {
                        throw error(number, line, "at most two forms: '<standalone> | <bound>'");
                    }
                    resource.standalone = forms[0].equals("-") ? null : forms[0];
                    resource.bound = forms.length == 2 ? forms[1] : null;
                    resource.doc = m.group(2);
                } else {
                    throw error(number, line, "expected '    <types> -- <noun phrase>' (once), '    deprecated: ...' "
                            + "or '    named: <METHOD> <path>, ...'");
                }
                continue;
            } else if ((m = RESOURCE_LINE.matcher(line)).matches()) {
                resource = family.resource(m, number);
                docTarget = null;
                continue;
            } else if ((m = INTERFACE.matcher(line)).matches()) {
                List<String> doc = new ArrayList<>();
                if (m.group(4) != null) {
                    doc.add(m.group(4));
                }
                family.interfaces.add(new Interface(m.group(1) + (m.group(2) == null ? "" : m.group(2)),
                        splitTypes(m.group(3)), doc));
                docTarget = doc;
            } else if ((m = CALL.matcher(line)).matches()) {
                List<String> doc = new ArrayList<>();
                family.calls.add(new Call(m.group(1), m.group(2), m.group(3).toUpperCase(), m.group(4), m.group(5),
                        doc));
                docTarget = doc;
            } else if ((m = OUTSIDE.matcher(line)).matches()) {
                family.outside.add(new Outside(m.group(1).toUpperCase() + " " + m.group(2) + " " + m.group(3),
                        m.group(4)));
                docTarget = null;
            } else {
                throw error(number, line, "not a family, resource, interface, call, outside, '| ' Javadoc or "
                        + "indented line");
            }
            resource = null;
        }
        if (family != null) {
            families.add(family.build());
        }
        Declarations declarations = new Declarations(families);
        declarations.checkTypes();
        return declarations;
    }

    /**
     * The declared families, in the table's order.
     *
     * @return the families
     */
    List<Family> families() {
        return families;
    }

    /**
     * The family holding a spec family's other operations.
     *
     * @param specFamily e.g. {@code store}
     * @return its declaration, when the table has one
     */
    Optional<Family> holding(String specFamily) {
        return families.stream().filter(f -> specFamily.equals(f.specFamily())).findFirst();
    }

    /**
     * What the declarations reach, for {@link FamilyWriter} to leave out of the generated part.
     *
     * @return the declared paths, the other paths they write to, and the operations left to generated methods
     */
    FamilyWriter.HandWritten handWritten() {
        Set<String> resources = new TreeSet<>();
        Set<String> writes = new TreeSet<>();
        Set<String> named = new TreeSet<>();
        for (Family family : families) {
            List<Resource> all = new ArrayList<>(family.resources());
            if (family.self() != null) {
                all.add(family.self());
            }
            for (Resource resource : all) {
                resources.add(resource.version() + " " + FamilyWriter.normal(resource.path()));
                if (resource.batchPath() != null) {
                    writes.add(resource.version() + " " + FamilyWriter.normal(resource.batchPath()));
                }
                resource.named().forEach(op -> named.add(resource.version() + " " + op));
            }
            family.calls().forEach(call -> writes.add(call.version() + " " + FamilyWriter.normal(call.path())));
            family.outside().forEach(op -> writes.add(op.key().substring(0, 3)
                    + FamilyWriter.normal(op.key().substring(op.key().indexOf('/')))));
        }
        return new FamilyWriter.HandWritten(resources, writes, named);
    }

    /**
     * Checks the table against the specs' operations: every declared path, named and outside operation is one of
     * theirs (but for a path marked {@code not-in-spec}), each operation of a declared path is reached by its types
     * or named, never both, a deprecated resource is one whose operations the specs all deprecate, and every spec
     * family is held by one declared family.
     *
     * @param operations the v2/v3 operations
     * @throws IllegalStateException naming what is wrong
     */
    void check(List<SpecOperation> operations) {
        Map<String, List<SpecOperation>> byGroup = new LinkedHashMap<>();
        Set<String> keys = new TreeSet<>();
        for (SpecOperation op : operations) {
            byGroup.computeIfAbsent(op.version() + " " + FamilyWriter.normal(FamilyWriter.group(op.path())),
                    k -> new ArrayList<>()).add(op);
            keys.add(op.version() + " " + op.method() + " " + op.path());
        }
        Set<String> declared = new TreeSet<>();
        List<String> problems = new ArrayList<>();
        for (Family family : families) {
            List<Resource> all = new ArrayList<>(family.resources());
            if (family.self() != null) {
                all.add(family.self());
            }
            for (Resource resource : all) {
                String where = RESOURCE + " line " + resource.line() + " (" + family.className() + "." + resource.name()
                        + "): ";
                String group = resource.version() + " " + FamilyWriter.normal(resource.path());
                if (!declared.add(group)) {
                    problems.add(where + resource.version() + " " + resource.path() + " is declared twice");
                }
                List<SpecOperation> ops = byGroup.getOrDefault(group, List.of());
                if (ops.isEmpty() == resource.inSpec()) {
                    problems.add(where + (resource.inSpec() ? "the specs have no " + resource.version() + " "
                            + resource.path() + " (mark it not-in-spec if that is meant)"
                            : "the specs have " + resource.path() + ": drop not-in-spec"));
                }
                boolean deprecated = !ops.isEmpty() && ops.stream().allMatch(op -> op.replacement() != null);
                if (deprecated != (resource.deprecated() != null)) {
                    problems.add(where + (deprecated ? "the specs deprecate every operation of the path: say "
                            + "'deprecated: <replacement>'" : "the specs do not deprecate the path: drop 'deprecated:'"));
                }
                if (resource.inSpec()) {
                    reach(family, resource, ops, keys, where, problems);
                }
                for (String op : resource.named()) {
                    String path = op.substring(op.indexOf(' ') + 1);
                    boolean ofResource = FamilyWriter.group(path).equals(resource.path())
                            || path.equals(resource.path()) || path.equals(resource.batchPath());
                    if (!keys.contains(resource.version() + " " + op) || !ofResource) {
                        problems.add(where + "named " + op + " is no spec operation of the resource's path");
                    }
                }
            }
            for (Call call : family.calls()) {
                if (!keys.contains(call.version() + " " + call.method() + " " + call.path())) {
                    problems.add(RESOURCE + ": call " + call.name() + ": the specs have no " + call.version() + " "
                            + call.method() + " " + call.path());
                }
            }
            for (Outside outside : family.outside()) {
                if (!keys.contains(outside.key())) {
                    problems.add(RESOURCE + ": outside " + outside.key() + " is no spec operation");
                }
            }
        }
        Set<String> held = new TreeSet<>();
        families.stream().map(Family::specFamily).filter(f -> f != null).forEach(f -> {
            if (!held.add(f)) {
                problems.add(RESOURCE + ": two families hold the spec family " + f);
            }
        });
        operations.stream().map(SpecOperation::family).distinct().filter(f -> !held.contains(f))
                .forEach(f -> problems.add(RESOURCE + ": no family holds the spec family " + f
                        + ": add 'family <Class> " + f + "'"));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The declaration table is wrong:\n  " + String.join("\n  ", problems));
        }
    }

    /**
     * Every operation of a declared path (and every write to its batch path) is reached by exactly one of its types'
     * capabilities or is {@code named:}; its types reach no operation the specs lack.
     */
    private static void reach(Family family, Resource resource, List<SpecOperation> ops, Set<String> keys,
            String where, List<String> problems) {
        Set<String> reached = new TreeSet<>();
        List<String> types = new ArrayList<>();
        if (resource.name().equals("this")) {
            types.addAll(splitTypes(resource.standalone()));
        } else {
            Optional.ofNullable(resource.standalone()).ifPresent(types::add);
            Optional.ofNullable(resource.bound()).ifPresent(types::add);
        }
        for (String type : types) {
            for (String capability : capabilities(family, type)) {
                for (String call : CAPABILITIES.get(capability)) {
                    String method = call.substring(0, call.indexOf(' ') < 0 ? call.length() : call.indexOf(' '));
                    String at = call.substring(method.length()).strip();
                    String path = at.equals("batch") ? resource.batchPath() : resource.path() + at;
                    if (method.equals("COUNT")) {
                        method = "GET";
                        path = resource.version().equals("V2") ? resource.path() + "/count" : resource.path();
                    }
                    reached.add(resource.version() + " " + method + " " + FamilyWriter.normal(path));
                }
            }
        }
        Set<String> named = new TreeSet<>();
        resource.named().forEach(op -> named.add(resource.version() + " " + op.substring(0, op.indexOf(' ') + 1)
                + FamilyWriter.normal(op.substring(op.indexOf(' ') + 1))));
        Set<String> spec = new TreeSet<>();
        ops.forEach(op -> spec.add(op.version() + " " + op.method() + " " + FamilyWriter.normal(op.path())));
        if (resource.batchPath() != null && !resource.batchPath().equals(resource.path())) {
            for (String method : List.of("POST", "PUT", "DELETE")) {
                String key = resource.version() + " " + method + " " + resource.batchPath();
                if (keys.contains(key)) {
                    spec.add(resource.version() + " " + method + " " + FamilyWriter.normal(resource.batchPath()));
                }
            }
        }
        for (String op : spec) {
            if (named.contains(op) && reached.contains(op)) {
                problems.add(where + op + " is both reached by the declared types and named: drop it from named:");
            } else if (!named.contains(op) && !reached.contains(op)) {
                problems.add(where + "no declared type reaches " + op + ": add it to named: or change the types");
            }
        }
        for (String op : reached) {
            if (!spec.contains(op)) {
                problems.add(where + "the types reach " + op + ", which the specs do not have");
            }
        }
    }

    /** The kit's capabilities a type has, through its bundles and the family's own interfaces. */
    private static Set<String> capabilities(Family family, String type) {
        String name = type.contains("<") ? type.substring(0, type.indexOf('<')) : type;
        Set<String> out = new TreeSet<>();
        Optional<Interface> own = family.interfaces().stream()
                .filter(i -> i.name().replace("<T>", "").equals(name)).findFirst();
        if (own.isPresent()) {
            own.get().supers().forEach(s -> out.addAll(capabilities(family, s)));
            return out;
        }
        String plain = name.startsWith("Sub") ? name.substring(3) : name;
        if (CAPABILITIES.containsKey(plain)) {
            out.add(plain);
        } else {
            COMPOSED.get(plain).forEach(part -> out.addAll(capabilities(family, part)));
        }
        return out;
    }

    /** Every type a declaration names is a bundle of the kit or the family's own, with its number of arguments. */
    private void checkTypes() {
        for (Family family : families) {
            Map<String, Integer> own = new LinkedHashMap<>();
            family.interfaces().forEach(i -> own.put(i.name().replace("<T>", ""), i.name().endsWith("<T>") ? 1 : 0));
            List<Resource> all = new ArrayList<>(family.resources());
            if (family.self() != null) {
                all.add(family.self());
            }
            for (Resource resource : all) {
                String where = RESOURCE + " line " + resource.line() + ": ";
                if (resource.doc() == null) {
                    throw new IllegalArgumentException(where + resource.name() + " has no '    <types> -- <noun "
                            + "phrase>' line");
                }
                List<String> types = new ArrayList<>();
                if (resource.name().equals("this")) {
                    types.addAll(splitTypes(resource.standalone()));
                } else {
                    if (resource.standalone() != null) {
                        types.add(resource.standalone());
                    }
                    if (resource.bound() != null) {
                        types.add(resource.bound());
                    }
                    if (resource.path().contains("{") == (resource.bound() == null)) {
                        throw new IllegalArgumentException(where + (resource.bound() == null
                                ? "a path with parent ids has a bound form: '<standalone or -> | <bound>'"
                                : "a path without parent ids has one form"));
                    }
                }
                for (String type : types) {
                    checkType(where, type, own);
                }
            }
            for (Interface i : family.interfaces()) {
                for (String type : i.supers()) {
                    checkType(RESOURCE + ": interface " + i.name() + ": ", type, BUNDLES);
                }
            }
        }
    }

    private static void checkType(String where, String type, Map<String, Integer> own) {
        Matcher m = TYPE.matcher(type);
        if (!m.matches()) {
            throw new IllegalArgumentException(where + "'" + type + "' is not a type");
        }
        Integer arity = BUNDLES.containsKey(m.group(1)) ? BUNDLES.get(m.group(1)) : own.get(m.group(1));
        if (arity == null) {
            throw new IllegalArgumentException(where + "'" + m.group(1) + "' is no bundle of the resource kit ("
                    + new TreeSet<>(BUNDLES.keySet()) + ") nor an interface of the family");
        }
        int given = m.group(2) == null ? 0 : splitTypes(m.group(2)).size();
        if (given != arity) {
            throw new IllegalArgumentException(where + m.group(1) + " takes " + arity + " type arguments, not "
                    + given);
        }
    }

    /** {@code A<B, C>, D} as {@code [A<B, C>, D]}. */
    static List<String> splitTypes(String types) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < types.length(); i++) {
            char c = types.charAt(i);
            depth += c == '<' ? 1 : c == '>' ? -1 : 0;
            if (c == ',' && depth == 0) {
                out.add(types.substring(start, i).strip());
                start = i + 1;
            }
        }
        out.add(types.substring(start).strip());
        return out;
    }

    private static IllegalArgumentException error(int number, String line, String expected) {
        return new IllegalArgumentException(RESOURCE + " line " + number + ": " + expected + ": '" + line.strip()
                + "'");
    }

    /** A family being read. */
    private static final class Builder {

        private final String className;
        private final String specFamily;
        private final List<String> javadoc = new ArrayList<>();
        private final List<Res> resources = new ArrayList<>();
        private final List<Interface> interfaces = new ArrayList<>();
        private final List<Call> calls = new ArrayList<>();
        private final List<Outside> outside = new ArrayList<>();

        Builder(String className, String specFamily) {
            this.className = className;
            this.specFamily = specFamily;
        }

        Res resource(Matcher m, int number) {
            Res res = new Res();
            res.name = m.group(1);
            res.version = m.group(2).toUpperCase();
            res.path = m.group(3);
            res.model = m.group(4);
            res.line = number;
            for (String option : m.group(5).strip().split(" ")) {
                if (option.equals("not-in-spec")) {
                    res.inSpec = false;
                } else if (option.startsWith("batches")) {
                    String rest = option.substring("batches".length());
                    String limits = rest.contains(":") ? rest.substring(rest.indexOf(':') + 1) : null;
                    String path = rest.startsWith("=") ? rest.substring(1, limits == null ? rest.length()
                            : rest.indexOf(':')) : null;
                    List<String> args = new ArrayList<>();
                    if (path != null) {
                        args.add("\"" + path + "\"");
                    }
                    if (limits != null) {
                        args.add(limits.replace("x", ", "));
                    }
                    res.batches = String.join(", ", args);
                    res.batchPath = path == null ? res.path : path;
                }
            }
            resources.add(res);
            return res;
        }

        Family build() {
            Resource self = null;
            List<Resource> declared = new ArrayList<>();
            for (Res res : resources) {
                Resource resource = new Resource(res.name, res.version, res.path, res.model, res.batches,
                        res.batchPath, res.inSpec, res.standalone, res.bound, res.doc, res.deprecated,
                        List.copyOf(res.named), res.line);
                if (res.name.equals("this")) {
                    self = resource;
                } else {
                    declared.add(resource);
                }
            }
            return new Family(className, specFamily, List.copyOf(javadoc), self, declared, List.copyOf(interfaces),
                    List.copyOf(calls), List.copyOf(outside));
        }

        /** A resource being read. */
        private static final class Res {
            String name;
            String version;
            String path;
            String model;
            String batches;
            String batchPath;
            boolean inSpec = true;
            String standalone;
            String bound;
            String doc;
            String deprecated;
            int line;
            final List<String> named = new ArrayList<>();
        }
    }
}
