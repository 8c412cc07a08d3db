package io.github.bcreactive.test.store;

import java.util.Locale;

import tools.jackson.databind.node.ObjectNode;

/**
 * Generates customers (v3 {@code customer_Full} fields; v2 is rendered from the same rows).
 */
public final class CustomerRows implements RowGenerator {

    private final long seed;

    /**
     * Creates the generator.
     *
     * @param seed the store's seed
     */
    public CustomerRows(long seed) {
        this.seed = seed;
    }

    /**
     * The generated first name.
     *
     * @param id the customer id
     * @return the name
     */
    public String firstName(long id) {
        return Words.pick(Words.FIRST_NAMES, Seeds.hash(seed, id, 50));
    }

    /**
     * The generated last name.
     *
     * @param id the customer id
     * @return the name
     */
    public String lastName(long id) {
        return Words.pick(Words.LAST_NAMES, Seeds.hash(seed, id, 51));
    }

    /**
     * The generated e-mail address, unique per customer.
     *
     * @param id the customer id
     * @return the address
     */
    public String email(long id) {
        return (firstName(id) + "." + lastName(id) + "." + id + "@example.com").toLowerCase(Locale.ROOT);
    }

    @Override
    public ObjectNode generate(long id) {
        long created = Dates.generatedCreated(Seeds.hash(seed, id, 52));
        ObjectNode c = Json.object();
        c.put("id", id);
        c.put("email", email(id));
        c.put("first_name", firstName(id));
        c.put("last_name", lastName(id));
        c.put("company", Seeds.pick(Seeds.hash(seed, id, 53), 4) == 0 ? "Acme Corp" : "");
        c.put("phone", String.format("555-%03d-%04d", id % 1000, id % 10_000));
        c.put("registration_ip_address", "");
        c.put("notes", "");
        c.put("tax_exempt_category", "");
        c.put("customer_group_id", 0);
        c.put("date_created", created);
        c.put("date_modified", Dates.generatedModified(created, Seeds.hash(seed, id, 54)));
        c.put("address_count", 1);
        c.put("attribute_count", 0);
        c.putObject("authentication").put("force_password_reset", false);
        c.put("accepts_product_review_abandoned_cart_emails", Seeds.pick(Seeds.hash(seed, id, 55), 2) == 0);
        c.putArray("store_credit_amounts").addObject().put("amount", 0);
        c.put("origin_channel_id", 1);
        c.putArray("channel_ids").add(1);
        return c;
    }
}
