package io.github.bcreactive.resource;

import static io.github.bcreactive.resource.ResourceSpec.v3;

import java.util.Objects;

import io.github.bcreactive.api.V3Api;
import io.github.bcreactive.model.generated.catalog.BrandFull;
import io.github.bcreactive.model.generated.catalog.BulkPricingRule;
import io.github.bcreactive.model.generated.catalog.Category;
import io.github.bcreactive.model.generated.catalog.CustomFieldData;
import io.github.bcreactive.model.generated.catalog.GetCatalogSummaryResponse;
import io.github.bcreactive.model.generated.catalog.GetProductReviewsResponseItem;
import io.github.bcreactive.model.generated.catalog.GetProductVariantOptionValuesResponseItem;
import io.github.bcreactive.model.generated.catalog.Product;
import io.github.bcreactive.model.generated.catalog.ProductImageFull;
import io.github.bcreactive.model.generated.catalog.ProductModifierFull;
import io.github.bcreactive.model.generated.catalog.ProductModifierOptionValueFull;
import io.github.bcreactive.model.generated.catalog.ProductOptionFull;
import io.github.bcreactive.model.generated.catalog.ProductVariantFull;
import io.github.bcreactive.model.generated.catalog.ProductVideoFull;
import io.github.bcreactive.model.generated.catalog.ProductsMetafieldFull;
import io.github.bcreactive.model.generated.catalog.Tree;

/**
 * The v3 catalog: products and their sub-resources, brands, categories, category trees and the summary. Each sub-
 * resource is reachable standalone, parent id first, and from its parent, by the parent's id.
 *
 * <pre>{@code
 * Catalog catalog = client.catalog();
 * catalog.variants().get(77L, 301L);            // standalone, parent id first
 * catalog.variants(77L).iterAll();              // from the parent
 * catalog.optionValues(77L, 5L).iterAll();      // two levels down
 * }</pre>
 */
public final class Catalog extends GeneratedCatalog {

    private static final ResourceSpec<Product> PRODUCTS =
            v3("/catalog/products", Product.class).batches();
    private static final ResourceSpec<ProductVariantFull> VARIANTS =
            v3("/catalog/products/{product_id}/variants", ProductVariantFull.class).batches("/catalog/variants");
    private static final ResourceSpec<ProductOptionFull> OPTIONS =
            v3("/catalog/products/{product_id}/options", ProductOptionFull.class);
    private static final ResourceSpec<GetProductVariantOptionValuesResponseItem> OPTION_VALUES =
            v3("/catalog/products/{product_id}/options/{option_id}/values", GetProductVariantOptionValuesResponseItem.class);
    private static final ResourceSpec<ProductModifierFull> MODIFIERS =
            v3("/catalog/products/{product_id}/modifiers", ProductModifierFull.class);
    private static final ResourceSpec<ProductModifierOptionValueFull> MODIFIER_VALUES =
            v3("/catalog/products/{product_id}/modifiers/{modifier_id}/values",
                    ProductModifierOptionValueFull.class);
    private static final ResourceSpec<ProductImageFull> IMAGES =
            v3("/catalog/products/{product_id}/images", ProductImageFull.class);
    private static final ResourceSpec<ProductVideoFull> VIDEOS =
            v3("/catalog/products/{product_id}/videos", ProductVideoFull.class);
    private static final ResourceSpec<CustomFieldData> CUSTOM_FIELDS =
            v3("/catalog/products/{product_id}/custom-fields", CustomFieldData.class);
    private static final ResourceSpec<BulkPricingRule> BULK_PRICING_RULES =
            v3("/catalog/products/{product_id}/bulk-pricing-rules", BulkPricingRule.class);
    private static final ResourceSpec<GetProductReviewsResponseItem> REVIEWS = v3("/catalog/products/{product_id}/reviews", GetProductReviewsResponseItem.class);
    private static final ResourceSpec<ProductsMetafieldFull> METAFIELDS =
            v3("/catalog/products/{product_id}/metafields", ProductsMetafieldFull.class);
    private static final ResourceSpec<BrandFull> BRANDS = v3("/catalog/brands", BrandFull.class);
    private static final ResourceSpec<Category> CATEGORIES = v3("/catalog/categories", Category.class);
    private static final ResourceSpec<Tree> TREES = v3("/catalog/trees", Tree.class);
    private static final ResourceSpec<GetCatalogSummaryResponse> SUMMARY = v3("/catalog/summary", GetCatalogSummaryResponse.class);

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
     * Variants, of one product ({@code /catalog/products/{product_id}/variants}).
     *
     * @param productId the {@code product_id}
     * @return the resource
     */
    public Crud<ProductVariantFull, Long> variants(long productId) {
        return Endpoint.of(v3, VARIANTS).bind(productId)::itself;
    }

    /**
     * Variant options, product id first ({@code /catalog/products/{product_id}/options}).
     *
     * @return the resource
     */
    public SubCrud<ProductOptionFull, Long, Long> options() {
        return Endpoint.of(v3, OPTIONS)::itself;
    }

    /**
     * Variant options, of one product ({@code /catalog/products/{product_id}/options}).
     *
     * @param productId the {@code product_id}
     * @return the resource
     */
    public Crud<ProductOptionFull, Long> options(long productId) {
        return Endpoint.of(v3, OPTIONS).bind(productId)::itself;
    }

    /**
     * Modifiers, product id first ({@code /catalog/products/{product_id}/modifiers}).
     *
     * @return the resource
     */
    public SubCrud<ProductModifierFull, Long, Long> modifiers() {
        return Endpoint.of(v3, MODIFIERS)::itself;
    }

    /**
     * Modifiers, of one product ({@code /catalog/products/{product_id}/modifiers}).
     *
     * @param productId the {@code product_id}
     * @return the resource
     */
    public Crud<ProductModifierFull, Long> modifiers(long productId) {
        return Endpoint.of(v3, MODIFIERS).bind(productId)::itself;
    }

    /**
     * Images, product id first ({@code /catalog/products/{product_id}/images}).
     *
     * @return the resource
     */
    public SubCrud<ProductImageFull, Long, Long> images() {
        return Endpoint.of(v3, IMAGES)::itself;
    }

    /**
     * Images, of one product ({@code /catalog/products/{product_id}/images}).
     *
     * @param productId the {@code product_id}
     * @return the resource
     */
    public Crud<ProductImageFull, Long> images(long productId) {
        return Endpoint.of(v3, IMAGES).bind(productId)::itself;
    }

    /**
     * Videos, product id first ({@code /catalog/products/{product_id}/videos}).
     *
     * @return the resource
     */
    public SubCrud<ProductVideoFull, Long, Long> videos() {
        return Endpoint.of(v3, VIDEOS)::itself;
    }

    /**
     * Videos, of one product ({@code /catalog/products/{product_id}/videos}).
     *
     * @param productId the {@code product_id}
     * @return the resource
     */
    public Crud<ProductVideoFull, Long> videos(long productId) {
        return Endpoint.of(v3, VIDEOS).bind(productId)::itself;
    }

    /**
     * Custom fields, product id first ({@code /catalog/products/{product_id}/custom-fields}).
     *
     * @return the resource
     */
    public SubCrud<CustomFieldData, Long, Long> customFields() {
        return Endpoint.of(v3, CUSTOM_FIELDS)::itself;
    }

    /**
     * Custom fields, of one product ({@code /catalog/products/{product_id}/custom-fields}).
     *
     * @param productId the {@code product_id}
     * @return the resource
     */
    public Crud<CustomFieldData, Long> customFields(long productId) {
        return Endpoint.of(v3, CUSTOM_FIELDS).bind(productId)::itself;
    }

    /**
     * Bulk pricing rules, product id first ({@code /catalog/products/{product_id}/bulk-pricing-rules}).
     *
     * @return the resource
     */
    public SubCrud<BulkPricingRule, Long, Long> bulkPricingRules() {
        return Endpoint.of(v3, BULK_PRICING_RULES)::itself;
    }

    /**
     * Bulk pricing rules, of one product ({@code /catalog/products/{product_id}/bulk-pricing-rules}).
     *
     * @param productId the {@code product_id}
     * @return the resource
     */
    public Crud<BulkPricingRule, Long> bulkPricingRules(long productId) {
        return Endpoint.of(v3, BULK_PRICING_RULES).bind(productId)::itself;
    }

    /**
     * Reviews, product id first ({@code /catalog/products/{product_id}/reviews}).
     *
     * @return the resource
     */
    public SubCrud<GetProductReviewsResponseItem, Long, Long> reviews() {
        return Endpoint.of(v3, REVIEWS)::itself;
    }

    /**
     * Reviews, of one product ({@code /catalog/products/{product_id}/reviews}).
     *
     * @param productId the {@code product_id}
     * @return the resource
     */
    public Crud<GetProductReviewsResponseItem, Long> reviews(long productId) {
        return Endpoint.of(v3, REVIEWS).bind(productId)::itself;
    }

    /**
     * Metafields, product id first ({@code /catalog/products/{product_id}/metafields}).
     *
     * @return the resource
     */
    public SubCrud<ProductsMetafieldFull, Long, Long> metafields() {
        return Endpoint.of(v3, METAFIELDS)::itself;
    }

    /**
     * Metafields, of one product ({@code /catalog/products/{product_id}/metafields}).
     *
     * @param productId the {@code product_id}
     * @return the resource
     */
    public Crud<ProductsMetafieldFull, Long> metafields(long productId) {
        return Endpoint.of(v3, METAFIELDS).bind(productId)::itself;
    }

    /**
     * One variant option's values ({@code /catalog/products/{product_id}/options/{option_id}/values}).
     *
     * @param productId the {@code product_id}
     * @param optionId the {@code option_id}
     * @return the resource
     */
    public Crud<GetProductVariantOptionValuesResponseItem, Long> optionValues(long productId, long optionId) {
        return Endpoint.of(v3, OPTION_VALUES).bind(productId).bind(optionId)::itself;
    }

    /**
     * One modifier's values ({@code /catalog/products/{product_id}/modifiers/{modifier_id}/values}).
     *
     * @param productId the {@code product_id}
     * @param modifierId the {@code modifier_id}
     * @return the resource
     */
    public Crud<ProductModifierOptionValueFull, Long> modifierValues(long productId, long modifierId) {
        return Endpoint.of(v3, MODIFIER_VALUES).bind(productId).bind(modifierId)::itself;
    }

    /**
     * Brands ({@code /catalog/brands}).
     *
     * @return the resource
     */
    public FullCrud<BrandFull, Long> brands() {
        return Endpoint.of(v3, BRANDS)::itself;
    }

    /**
     * Categories ({@code /catalog/categories}).
     *
     * @return the resource
     * @deprecated the specs deprecate {@code /catalog/categories}: use the category-tree categories, {@code
     *     /v3/catalog/trees/categories} ({@code getAllCategories} and its siblings).
     */
    @Deprecated
    public FullCrud<Category, Long> categories() {
        return Endpoint.of(v3, CATEGORIES)::itself;
    }

    /**
     * Category trees (not paged) ({@code /catalog/trees}).
     *
     * @return the resource
     */
    public ListAndDelete<Tree> categoryTrees() {
        return Endpoint.of(v3, TREES)::itself;
    }

    /**
     * The catalog summary ({@code /catalog/summary}).
     *
     * @return the resource
     */
    public Singleton<GetCatalogSummaryResponse> summary() {
        return Endpoint.of(v3, SUMMARY)::itself;
    }

    /** Products: {@link FullCrud}, updated in batches of 10 and deleted by ids, 250 a call. */
    public interface Products extends FullCrud<Product, Long>, BatchUpdatable<Product>,
            BatchDeletable<Product, Long> {
    }

    /** Variants, product id first: {@link SubCrud}, updated in batches of 50 ({@code /catalog/variants}). */
    public interface Variants extends SubCrud<ProductVariantFull, Long, Long>, BatchUpdatable<ProductVariantFull> {
    }
}
