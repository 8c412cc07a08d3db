package io.github.bcreactive.test.store;

/**
 * Word lists the generators draw names from.
 */
final class Words {

    static final String[] ADJECTIVES = {"Smith", "Orbit", "Canvas", "Linen", "Copper", "Walnut", "Harbor", "Meadow",
        "Granite", "Velvet", "Cedar", "Indigo", "Juniper", "Saffron", "Alder", "Basalt"};
    static final String[] NOUNS = {"Journal", "Mug", "Towel", "Lamp", "Backpack", "Scarf", "Kettle", "Notebook",
        "Planter", "Blanket", "Bottle", "Candle", "Chair", "Apron", "Basket", "Clock"};
    static final String[] FIRST_NAMES = {"Jane", "John", "Ava", "Liam", "Mia", "Noah", "Zoe", "Omar", "Ines", "Kai"};
    static final String[] LAST_NAMES = {"Doe", "Smith", "Garcia", "Chen", "Okafor", "Novak", "Silva", "Kim"};
    static final String[] CATEGORIES = {"Kitchen", "Garden", "Bath", "Office", "Outdoor", "Apparel", "Lighting",
        "Storage", "Travel", "Gifts"};
    static final String[] BRANDS = {"Sagaform", "OFS", "Common Good", "Fog Linen", "Able Brewing", "Barrel"};
    static final String[] SIZES = {"Small", "Medium", "Large"};
    static final String[] CITIES = {"Austin", "Denver", "Portland", "Boston", "Chicago"};
    static final String[] STATES = {"Texas", "Colorado", "Oregon", "Massachusetts", "Illinois"};

    private Words() {
    }

    static String pick(String[] words, long hash) {
        return words[Seeds.pick(hash, words.length)];
    }
}
