package io.github.bcreactive.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The build's publishing metadata stays whole as modules come and go: the BOM names every published module at the
 * parent's version, and every module names itself in its jar manifest ({@code Automatic-Module-Name}). The jars
 * themselves (manifest, reproducibility) are checked by {@code .ci/reproducible-jars} after packaging.
 */
class PublishingMetadataTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void theBomListsEveryPublishedModuleAtTheParentsVersion() throws Exception {
        Document parent = read(ROOT.resolve("pom.xml"));
        Document bom = read(ROOT.resolve("bigcommerce-reactive-bom/pom.xml"));

        assertThat(child(bom.getDocumentElement(), "version"))
                .as("the BOM's version moves with the parent's")
                .isEqualTo(child(parent.getDocumentElement(), "version"));
        List<String> managed = new ArrayList<>();
        NodeList dependencies = bom.getElementsByTagName("dependency");
        for (int i = 0; i < dependencies.getLength(); i++) {
            Element dependency = (Element) dependencies.item(i);
            assertThat(child(dependency, "version")).isEqualTo("${project.version}");
            managed.add(child(dependency, "artifactId"));
        }
        assertThat(managed).containsExactlyInAnyOrderElementsOf(publishedModules(parent));
    }

    @Test
    void everyModuleNamesItsJavaModule() throws Exception {
        for (String module : modules(read(ROOT.resolve("pom.xml")))) {
            Document pom = read(ROOT.resolve(module).resolve("pom.xml"));
            if (!"pom".equals(child(pom.getDocumentElement(), "packaging"))) {
                assertThat(property(pom, "automatic.module.name"))
                        .as(module + " sets automatic.module.name")
                        .startsWith("io.github.bcreactive.");
            }
        }
    }

    private static List<String> publishedModules(Document parent) throws Exception {
        List<String> published = new ArrayList<>();
        for (String module : modules(parent)) {
            Document pom = read(ROOT.resolve(module).resolve("pom.xml"));
            boolean jar = !"pom".equals(child(pom.getDocumentElement(), "packaging"));
            if (jar && !"true".equals(property(pom, "maven.deploy.skip"))) {
                published.add(child(pom.getDocumentElement(), "artifactId"));
            }
        }
        return published;
    }

    private static List<String> modules(Document parent) {
        List<String> modules = new ArrayList<>();
        NodeList nodes = parent.getElementsByTagName("module");
        for (int i = 0; i < nodes.getLength(); i++) {
            modules.add(nodes.item(i).getTextContent().trim());
        }
        return modules;
    }

    private static String property(Document pom, String name) {
        for (Node node = pom.getDocumentElement().getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals("properties")) {
                return child(element, name);
            }
        }
        return null;
    }

    private static String child(Element parent, String name) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(name)) {
                return element.getTextContent().trim();
            }
        }
        return null;
    }

    private static Document read(Path pom) throws Exception {
        assertThat(pom).exists();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        try (var in = Files.newInputStream(pom)) {
            return factory.newDocumentBuilder().parse(in);
        }
    }
}
