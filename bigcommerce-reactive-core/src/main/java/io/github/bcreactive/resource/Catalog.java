package io.github.bcreactive.resource;

import static io.github.bcreactive.resource.ResourceSpec.v3;

import java.util.Objects;

import io.github.bcreactive.api.V3Api;
import io.github.bcreactive.model.Brand;
import io.github.bcreactive.model.Category;
import io.github.bcreactive.model.CategoryTree;
import io.github.bcreactive.model.CustomField;
import io.github.bcreactive.model.Modifier;
import io.github.bcreactive.model.Product;
import io.github.bcreactive.model.ProductImage;
import io.github.bcreactive.model.ProductOption;
import io.github.bcreactive.model.Variant;
import tools.jackson.databind.JsonNode;

/**
 * The v3 catalog: products and their sub-resources, brands, categories, category trees and the summary. Each sub-
 * resource is reachable standalone, parent id first, and from its parent.
 *
 * <pre>{@code
 * Catalog catalog = client.catalog();
 * catalog.variants().get(77, 301);
 * catalog.products().variants(77).iterAll();
 * catalog.products().options(77).values(5).iterAll();
 * }</pre>
 */
public final class Catalog extends GeneratedCatalog {

    private static final ResourceSpec<Product> PRODUCTS = v3("/catalog/products", Product.class).batches();
    private static final ResourceSpec<Variant> VARIANTS =
            v3("/catalog/products/{product_id}/variants", Variant.class).batches("/catalog/variants");
    private static final ResourceSpec<ProductOption> OPTIONS =
            v3("/catalog/products/{product_id}/options", ProductOption.class);
    private static final ResourceSpec<JsonNode> OPTION_VALUES =
            v3("/catalog/products/{product_id}/options/{option_id}/values", JsonNode.class);
    private static final ResourceSpec<Modifier> MODIFIERS =
            v3("/catalog/products/{product_id}/modifiers", Modifier.class);
    private static final ResourceSpec<JsonNode> MODIFIER_VALUES =
            v3("/catalog/products/{product_id}/modifiers/{modifier_id}/values", JsonNode.class);
    private static final ResourceSpec<ProductImage> IMAGES =
            v3("/catalog/products/{product_id}/images", ProductImage.class);
    private static final ResourceSpec<JsonNode> VIDEOS = v3("/catalog/products/{product_id}/videos", JsonNode.class);
    private static final ResourceSpec<CustomField> CUSTOM_FIELDS =
            v3("/catalog/products/{product_id}/custom-fields", CustomField.class);
    private static final ResourceSpec<JsonNode> BULK_PRICING_RULES =
            v3("/catalog/products/{product_id}/bulk-pricing-rules", JsonNode.class);
    private static final ResourceSpec<JsonNode> REVIEWS = v3("/catalog/products/{product_id}/reviews", JsonNode.class);
    private static final ResourceSpec<JsonNode> METAFIELDS =
            v3("/catalog/products/{product_id}/metafields", JsonNode.class);
    private static final ResourceSpec<Brand> BRANDS = v3("/catalog/brands", Brand.class);
    private static final ResourceSpec<Category> CATEGORIES = v3("/catalog/categories", Category.class);
    private static final ResourceSpec<CategoryTree> TREES = v3("/catalog/trees", CategoryTree.class);
    private static final ResourceSpec<JsonNode> SUMMARY = v3("/catalog/summary", JsonNode.class);

    private final V3Api v3;

    /**
     * Creates the family over a store's API; {@code client.catalog()} is the usual way to get it.
     *
     * @param v3 the store's API
     */
    Catalog(V3Api v3) {
        super(Objects.requireNonNull(v3, "'v3' cannot be null."));
        this.v3 = v3;
    }

    /**
     * Products ({@code /catalog/products}).
     *
     * @return the resource
     */
    public Products products() {
        return Endpoint.of(v3, PRODUCTS)::itself;
    }

    /**
     * Variants, product id first ({@code /catalog/products/{product_id}/variants}).
     *
     * @return the resource
     */
    public Variants variants() {
        return Endpoint.of(v3, VARIANTS)::itself;
    }

    /**
     * Variant options, product id first ({@code /catalog/products/{product_id}/options}).
     *
     * @return the resource
     */
    public Options options() {
        return Endpoint.of(v3, OPTIONS)::itself;
    }

    /**
     * Modifiers, product id first ({@code /catalog/products/{product_id}/modifiers}).
     *
     * @return the resource
     */
    public Modifiers modifiers() {
        return Endpoint.of(v3, MODIFIERS)::itself;
    }

    /**
     * Images, product id first ({@code /catalog/products/{product_id}/images}).
     *
     * @return the resource
     */
    public Images images() {
        return Endpoint.of(v3, IMAGES)::itself;
    }

    /**
     * Videos, product id first ({@code /catalog/products/{product_id}/videos}).
     *
     * @return the resource
     */
    public Videos videos() {
        return Endpoint.of(v3, VIDEOS)::itself;
    }

    /**
     * Custom fields, product id first ({@code /catalog/products/{product_id}/custom-fields}).
     *
     * @return the resource
     */
    public CustomFields customFields() {
        return Endpoint.of(v3, CUSTOM_FIELDS)::itself;
    }

    /**
     * Bulk pricing rules, product id first ({@code /catalog/products/{product_id}/bulk-pricing-rules}).
     *
     * @return the resource
     */
    public BulkPricingRules bulkPricingRules() {
        return Endpoint.of(v3, BULK_PRICING_RULES)::itself;
    }

    /**
     * Reviews, product id first ({@code /catalog/products/{product_id}/reviews}).
     *
     * @return the resource
     */
    public Reviews reviews() {
        return Endpoint.of(v3, REVIEWS)::itself;
    }

    /**
     * Metafields, product id first ({@code /catalog/products/{product_id}/metafields}).
     *
     * @return the resource
     */
    public Metafields metafields() {
        return Endpoint.of(v3, METAFIELDS)::itself;
    }

    /**
     * Brands ({@code /catalog/brands}).
     *
     * @return the resource
     */
    public Brands brands() {
        return Endpoint.of(v3, BRANDS)::itself;
    }

    /**
     * Categories ({@code /catalog/categories}).
     *
     * @return the resource
     * @deprecated the specs deprecate {@code /catalog/categories}: use the category-tree categories, {@code
     *     /v3/catalog/trees/categories} (not typed yet: {@code client.v3()}).
     */
    @Deprecated
    public Categories categories() {
        return Endpoint.of(v3, CATEGORIES)::itself;
    }

    /**
     * Category trees (not paged) ({@code /catalog/trees}).
     *
     * @return the resource
     */
    public CategoryTrees categoryTrees() {
        return Endpoint.of(v3, TREES)::itself;
    }

    /**
     * The catalog summary ({@code /catalog/summary}).
     *
     * @return the resource
     */
    public Summary summary() {
        return Endpoint.of(v3, SUMMARY)::itself;
    }

    /** Products: list, get, create, update, delete, delete by filter, count, batch update, delete by ids. */
    public interface Products extends Listable<Product>, Gettable<Product>, Creatable<Product>, Updatable<Product>,
            Deletable<Product>, CollectionDeletable<Product>, Countable<Product>, BatchUpdatable<Product>,
            BatchDeletable<Product> {

        /**
         * The product's variants.
         *
         * @param productId the product id
         * @return the resource
         */
        default ProductVariants variants(Object productId) {
            return endpoint().child(VARIANTS, productId)::itself;
        }

        /**
         * The product's variant options.
         *
         * @param productId the product id
         * @return the resource
         */
        default ProductOptions options(Object productId) {
            return endpoint().child(OPTIONS, productId)::itself;
        }

        /**
         * The product's modifiers.
         *
         * @param productId the product id
         * @return the resource
         */
        default ProductModifiers modifiers(Object productId) {
            return endpoint().child(MODIFIERS, productId)::itself;
        }

        /**
         * The product's images.
         *
         * @param productId the product id
         * @return the resource
         */
        default ProductImages images(Object productId) {
            return endpoint().child(IMAGES, productId)::itself;
        }

        /**
         * The product's videos.
         *
         * @param productId the product id
         * @return the resource
         */
        default ProductVideos videos(Object productId) {
            return endpoint().child(VIDEOS, productId)::itself;
        }

        /**
         * The product's custom fields.
         *
         * @param productId the product id
         * @return the resource
         */
        default ProductCustomFields customFields(Object productId) {
            return endpoint().child(CUSTOM_FIELDS, productId)::itself;
        }

        /**
         * The product's bulk pricing rules.
         *
         * @param productId the product id
         * @return the resource
         */
        default ProductBulkPricingRules bulkPricingRules(Object productId) {
            return endpoint().child(BULK_PRICING_RULES, productId)::itself;
        }

        /**
         * The product's reviews.
         *
         * @param productId the product id
         * @return the resource
         */
        default ProductReviews reviews(Object productId) {
            return endpoint().child(REVIEWS, productId)::itself;
        }

        /**
         * The product's metafields.
         *
         * @param productId the product id
         * @return the resource
         */
        default ProductMetafields metafields(Object productId) {
            return endpoint().child(METAFIELDS, productId)::itself;
        }
    }

    /** Variants, product id first: list, get, create, update, delete, count, batch update. */
    public interface Variants extends SubListable<Variant>, SubGettable<Variant>, SubCreatable<Variant>,
            SubUpdatable<Variant>, SubDeletable<Variant>, SubCountable<Variant>, BatchUpdatable<Variant> {
    }

    /** One product's variants: list, get, create, update, delete, count. */
    public interface ProductVariants extends Listable<Variant>, Gettable<Variant>, Creatable<Variant>,
            Updatable<Variant>, Deletable<Variant>, Countable<Variant> {
    }

    /** Variant options, product id first: list, get, create, update, delete, count. */
    public interface Options extends SubListable<ProductOption>, SubGettable<ProductOption>,
            SubCreatable<ProductOption>, SubUpdatable<ProductOption>, SubDeletable<ProductOption>,
            SubCountable<ProductOption> {
    }

    /** One product's variant options: list, get, create, update, delete, count. */
    public interface ProductOptions extends Listable<ProductOption>, Gettable<ProductOption>, Creatable<ProductOption>,
            Updatable<ProductOption>, Deletable<ProductOption>, Countable<ProductOption> {

        /**
         * The option's values.
         *
         * @param optionId the option id
         * @return the resource
         */
        default ProductOptionValues values(Object optionId) {
            return endpoint().child(OPTION_VALUES, optionId)::itself;
        }
    }

    /** One option's values: list, get, create, update, delete, count. */
    public interface ProductOptionValues extends Listable<JsonNode>, Gettable<JsonNode>, Creatable<JsonNode>,
            Updatable<JsonNode>, Deletable<JsonNode>, Countable<JsonNode> {
    }

    /** Modifiers, product id first: list, get, create, update, delete, count. */
    public interface Modifiers extends SubListable<Modifier>, SubGettable<Modifier>, SubCreatable<Modifier>,
            SubUpdatable<Modifier>, SubDeletable<Modifier>, SubCountable<Modifier> {
    }

    /** One product's modifiers: list, get, create, update, delete, count. */
    public interface ProductModifiers extends Listable<Modifier>, Gettable<Modifier>, Creatable<Modifier>,
            Updatable<Modifier>, Deletable<Modifier>, Countable<Modifier> {

        /**
         * The modifier's values.
         *
         * @param modifierId the modifier id
         * @return the resource
         */
        default ProductModifierValues values(Object modifierId) {
            return endpoint().child(MODIFIER_VALUES, modifierId)::itself;
        }
    }

    /** One modifier's values: list, get, create, update, delete, count. */
    public interface ProductModifierValues extends Listable<JsonNode>, Gettable<JsonNode>, Creatable<JsonNode>,
            Updatable<JsonNode>, Deletable<JsonNode>, Countable<JsonNode> {
    }

    /** Images, product id first: list, get, create, update, delete, count. */
    public interface Images extends SubListable<ProductImage>, SubGettable<ProductImage>, SubCreatable<ProductImage>,
            SubUpdatable<ProductImage>, SubDeletable<ProductImage>, SubCountable<ProductImage> {
    }

    /** One product's images: list, get, create, update, delete, count. */
    public interface ProductImages extends Listable<ProductImage>, Gettable<ProductImage>, Creatable<ProductImage>,
            Updatable<ProductImage>, Deletable<ProductImage>, Countable<ProductImage> {
    }

    /** Videos, product id first: list, get, create, update, delete, count. */
    public interface Videos extends SubListable<JsonNode>, SubGettable<JsonNode>, SubCreatable<JsonNode>,
            SubUpdatable<JsonNode>, SubDeletable<JsonNode>, SubCountable<JsonNode> {
    }

    /** One product's videos: list, get, create, update, delete, count. */
    public interface ProductVideos extends Listable<JsonNode>, Gettable<JsonNode>, Creatable<JsonNode>,
            Updatable<JsonNode>, Deletable<JsonNode>, Countable<JsonNode> {
    }

    /** Custom fields, product id first: list, get, create, update, delete, count. */
    public interface CustomFields extends SubListable<CustomField>, SubGettable<CustomField>,
            SubCreatable<CustomField>, SubUpdatable<CustomField>, SubDeletable<CustomField>,
            SubCountable<CustomField> {
    }

    /** One product's custom fields: list, get, create, update, delete, count. */
    public interface ProductCustomFields extends Listable<CustomField>, Gettable<CustomField>, Creatable<CustomField>,
            Updatable<CustomField>, Deletable<CustomField>, Countable<CustomField> {
    }

    /** Bulk pricing rules, product id first: list, get, create, update, delete, count. */
    public interface BulkPricingRules extends SubListable<JsonNode>, SubGettable<JsonNode>, SubCreatable<JsonNode>,
            SubUpdatable<JsonNode>, SubDeletable<JsonNode>, SubCountable<JsonNode> {
    }

    /** One product's bulk pricing rules: list, get, create, update, delete, count. */
    public interface ProductBulkPricingRules extends Listable<JsonNode>, Gettable<JsonNode>, Creatable<JsonNode>,
            Updatable<JsonNode>, Deletable<JsonNode>, Countable<JsonNode> {
    }

    /** Reviews, product id first: list, get, create, update, delete, count. */
    public interface Reviews extends SubListable<JsonNode>, SubGettable<JsonNode>, SubCreatable<JsonNode>,
            SubUpdatable<JsonNode>, SubDeletable<JsonNode>, SubCountable<JsonNode> {
    }

    /** One product's reviews: list, get, create, update, delete, count. */
    public interface ProductReviews extends Listable<JsonNode>, Gettable<JsonNode>, Creatable<JsonNode>,
            Updatable<JsonNode>, Deletable<JsonNode>, Countable<JsonNode> {
    }

    /** Metafields, product id first: list, get, create, update, delete, count. */
    public interface Metafields extends SubListable<JsonNode>, SubGettable<JsonNode>, SubCreatable<JsonNode>,
            SubUpdatable<JsonNode>, SubDeletable<JsonNode>, SubCountable<JsonNode> {
    }

    /** One product's metafields: list, get, create, update, delete, count. */
    public interface ProductMetafields extends Listable<JsonNode>, Gettable<JsonNode>, Creatable<JsonNode>,
            Updatable<JsonNode>, Deletable<JsonNode>, Countable<JsonNode> {
    }

    /** Brands: list, get, create, update, delete, delete by filter, count. */
    public interface Brands extends Listable<Brand>, Gettable<Brand>, Creatable<Brand>, Updatable<Brand>,
            Deletable<Brand>, CollectionDeletable<Brand>, Countable<Brand> {
    }

    /** Categories: list, get, create, update, delete, delete by filter, count. */
    public interface Categories extends Listable<Category>, Gettable<Category>, Creatable<Category>,
            Updatable<Category>, Deletable<Category>, CollectionDeletable<Category>, Countable<Category> {
    }

    /** Category trees (not paged): list, delete by filter. */
    public interface CategoryTrees extends Listable<CategoryTree>, CollectionDeletable<CategoryTree> {
    }

    /** The catalog summary: get the one object. */
    public interface Summary extends Singleton<JsonNode> {
    }
}
