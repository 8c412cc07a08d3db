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
     * A named method sending a body and answering its operation's model ({@code JsonNode} where the spec gives none).
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
    FamilyWriter.Reach reach() {
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
        return new FamilyWriter.Reach(resources, writes, named);
    }

    /**
     * Checks the table against the specs' operations ({@link DeclarationCheck}).
     *
     * @param operations the v2/v3 operations
     * @throws IllegalStateException naming what is wrong
     */
    void check(List<SpecOperation> operations) {
        DeclarationCheck.check(this, operations);
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
