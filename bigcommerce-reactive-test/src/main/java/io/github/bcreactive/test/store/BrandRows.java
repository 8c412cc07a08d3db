package io.github.bcreactive.test.store;

import tools.jackson.databind.node.ObjectNode;

/**
 * Generates catalog brands (v3 {@code brand_Full}).
 */
public final class BrandRows implements RowGenerator {

    @Override
    public ObjectNode generate(long id) {
        String name = Words.BRANDS[(int) ((id - 1) % Words.BRANDS.length)] + " " + id;
        ObjectNode b = Json.object();
        b.put("id", id);
        b.put("name", name);
        b.put("page_title", name);
        b.putArray("meta_keywords");
        b.put("meta_description", "");
        b.put("search_keywords", "");
        b.put("image_url", "");
        b.set("custom_url", Json.customUrl("/brands/" + Json.slug(name) + ".html"));
        return b;
    }
}
