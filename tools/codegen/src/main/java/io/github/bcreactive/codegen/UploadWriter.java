package io.github.bcreactive.codegen;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Writes the upload methods of a family's generated class: one per operation that uploads a file
 * ({@link SpecOperation#filePart()}), taking the path ids and a {@code FileUpload}, and sending a
 * {@code multipart/form-data} form with the file in the part the spec names, and answering the operation's model
 * ({@link TypedBodies#answer}; {@code JsonNode} where the spec gives no schema). An operation that takes only the form
 * is reached by its upload method ({@code @Reaches}); one that also takes JSON keeps its JSON method (generated or
 * declared) and gets the upload method as an overload beside it.
 */
final class UploadWriter {

    private UploadWriter() {
    }

    /** Whether the operation takes only a multipart form with a file: its upload method is its named method. */
    static boolean only(SpecOperation op) {
        return op.uploads() && op.body().equals("MULTIPART");
    }

    /**
     * Writes the upload methods of the operations that also take JSON, or that declared resources reach.
     *
     * @param out the class body
     * @param members the family's operations
     * @param constants operation key to constant name
     * @param operationsClass the family's table class
     * @param declared whether declared resources reach an operation (so no named method was written)
     * @param typed the family's typed bodies, for the answers' models
     */
    static void besides(StringBuilder out, List<SpecOperation> members, Map<String, String> constants,
            String operationsClass, Predicate<SpecOperation> declared, TypedBodies typed) {
        for (SpecOperation op : members) {
            if (op.uploads() && (!only(op) || declared.test(op))) {
                String constant = constants.get(op.key() + " " + op.version());
                write(out, op, FamilyWriter.lowerCamel(constant), operationsClass + "." + constant, false,
                        typed);
            }
        }
    }

    /**
     * Writes one upload method.
     *
     * @param out the class body
     * @param op the operation
     * @param name the method's name
     * @param constant the operation's constant, qualified
     * @param reaches whether it is the operation's typed method ({@code @Reaches})
     * @param typed the family's typed bodies: the answer decodes into the operation's model, {@code JsonNode} where
     *     the spec gives no schema
     */
    static void write(StringBuilder out, SpecOperation op, String name, String constant, boolean reaches,
            TypedBodies typed) {
        List<String> placeholders = FamilyWriter.placeholders(op.path());
        List<String> names = FamilyWriter.parameterNames(placeholders);
        List<String> params = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            params.add((op.ids().get(i).equals("LONG") ? "long " : "String ") + names.get(i));
        }
        String file = FamilyWriter.lowerCamel(op.filePart());
        if (names.contains(file)) {
            file = file + "Upload";
        }
        params.add("FileUpload " + file);
        out.append("\n    /**\n");
        FamilyWriter.docWrapped(out, "{@code " + op.method() + " " + JavaWriter.javadocSafe(op.path())
                + "} ({@code " + op.operationId() + "}): uploads a file as a {@code multipart/form-data} form, in its"
                + " {@code " + op.filePart() + "} part.");
        out.append("     *\n");
        for (int i = 0; i < names.size(); i++) {
            out.append("     * @param ").append(names.get(i)).append(" the {@code ").append(placeholders.get(i))
                    .append("}\n");
        }
        FamilyWriter.docWrapped(out, "@param " + file + " the file, sent in the {@code " + op.filePart()
                + "} part, with the form fields it carries");
        out.append("     * @return the response body (").append(FamilyWriter.envelope(op))
                .append(" unwrapped); empty when there is none\n");
        if (op.replacement() != null) {
            FamilyWriter.docWrapped(out, "@deprecated " + FamilyWriter.replacement(op));
        }
        out.append("     */\n");
        if (op.replacement() != null) {
            out.append("    @Deprecated\n");
        }
        if (reaches) {
            out.append("    @Reaches(\"").append(op.version()).append(' ').append(op.method()).append(' ')
                    .append(op.path()).append("\")\n");
        }
        TypedBodies.Answer answer = typed.answer(op, false);
        String signature = "    public " + answer.type() + " " + name + "(" + String.join(", ", params) + ") {\n";
        out.append(signature.length() > 121 ? FamilyWriter.wrapParams(signature) : signature);
        String ids = names.isEmpty() ? "" : ", " + String.join(", ", names);
        String call = answer.call().equals("sendList") ? "uploadList" : "upload";
        String line = "        return OperationCalls." + call + "(api, " + constant + ", \"" + op.filePart() + "\", "
                + file + ", " + answer.decoded() + ids + ");";
        if (line.length() > 120) {
            int cut = line.lastIndexOf(", ", 118);
            line = line.substring(0, cut + 1) + "\n                " + line.substring(cut + 2);
        }
        out.append(line).append("\n    }\n");
    }
}
