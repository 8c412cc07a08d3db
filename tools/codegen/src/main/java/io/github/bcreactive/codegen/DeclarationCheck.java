package io.github.bcreactive.codegen;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks the declaration table ({@link Declarations}) against the specs' operations, so that a family generated from
 * it reaches each operation once: by a declared type's capability, by a generated named method ({@code named:}), or,
 * for every other path, by the generated rest of the family.
 */
final class DeclarationCheck {

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

    private DeclarationCheck() {
    }

    /**
     * Checks the table against the specs' operations: every declared path, named and outside operation is one of
     * theirs (but for a path marked {@code not-in-spec}), each operation of a declared path is reached by its types
     * or named, never both, a deprecated resource is one whose operations the specs all deprecate, and every spec
     * family is held by one declared family.
     *
     * @param declarations the table
     * @param operations the v2/v3 operations
     * @throws IllegalStateException naming what is wrong
     */
    static void check(Declarations declarations, List<SpecOperation> operations) {
        Map<String, List<SpecOperation>> byGroup = new LinkedHashMap<>();
        Set<String> keys = new TreeSet<>();
        for (SpecOperation op : operations) {
            byGroup.computeIfAbsent(op.version() + " " + FamilyWriter.normal(FamilyWriter.group(op.path())),
                    k -> new ArrayList<>()).add(op);
            keys.add(op.version() + " " + op.method() + " " + op.path());
        }
        Set<String> declared = new TreeSet<>();
        List<String> problems = new ArrayList<>();
        for (Declarations.Family family : declarations.families()) {
            List<Declarations.Resource> all = new ArrayList<>(family.resources());
            if (family.self() != null) {
                all.add(family.self());
            }
            for (Declarations.Resource resource : all) {
                String where = Declarations.RESOURCE + " line " + resource.line() + " (" + family.className() + "." + resource.name()
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
            for (Declarations.Call call : family.calls()) {
                if (!keys.contains(call.version() + " " + call.method() + " " + call.path())) {
                    problems.add(Declarations.RESOURCE + ": call " + call.name() + ": the specs have no " + call.version() + " "
                            + call.method() + " " + call.path());
                }
            }
            for (Declarations.Outside outside : family.outside()) {
                if (!keys.contains(outside.key())) {
                    problems.add(Declarations.RESOURCE + ": outside " + outside.key() + " is no spec operation");
                }
            }
        }
        Set<String> held = new TreeSet<>();
        declarations.families().stream().map(Declarations.Family::specFamily).filter(f -> f != null).forEach(f -> {
            if (!held.add(f)) {
                problems.add(Declarations.RESOURCE + ": two families hold the spec family " + f);
            }
        });
        operations.stream().map(SpecOperation::family).distinct().filter(f -> !held.contains(f))
                .forEach(f -> problems.add(Declarations.RESOURCE + ": no family holds the spec family " + f
                        + ": add 'family <Class> " + f + "'"));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The declaration table is wrong:\n  " + String.join("\n  ", problems));
        }
    }

    /**
     * Every operation of a declared path (and every write to its batch path) is reached by exactly one of its types'
     * capabilities or is {@code named:}; its types reach no operation the specs lack.
     */
    private static void reach(Declarations.Family family, Declarations.Resource resource, List<SpecOperation> ops, Set<String> keys,
            String where, List<String> problems) {
        Set<String> reached = new TreeSet<>();
        List<String> types = new ArrayList<>();
        if (resource.name().equals("this")) {
            types.addAll(Declarations.splitTypes(resource.standalone()));
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
    private static Set<String> capabilities(Declarations.Family family, String type) {
        String name = type.contains("<") ? type.substring(0, type.indexOf('<')) : type;
        Set<String> out = new TreeSet<>();
        Optional<Declarations.Interface> own = family.interfaces().stream()
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
}
