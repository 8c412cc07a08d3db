/**
 * The wire: the request pipeline and its settings. It depends on nothing above it (api, paging, resource, the
 * client).
 *
 * <p>Every call runs through one ordered list of small policies, built in one place ({@code HttpPipeline}):
 * call timeout, retry (a {@code RetryStrategy} over {@link io.github.bcreactive.http.RetryOptions}), the user's
 * {@link io.github.bcreactive.http.HttpPolicy policies}, credentials, user agent, endpoint limit (the stated
 * concurrency of the call's endpoint, {@link io.github.bcreactive.http.EndpointLimits}), rate-limit permit, attempt
 * timeout, status to exception, logging, and send (the only step that touches WebClient). A call sends a JSON body
 * or a {@code multipart/form-data} form with a {@link io.github.bcreactive.http.FileUpload}. Users add steps with
 * {@code BigCommerceClient.Builder.addPolicy}; a policy sees each attempt as a
 * {@link io.github.bcreactive.http.PipelineRequest} and continues with {@link io.github.bcreactive.http.PipelineNext}.
 *
 * <p>Per-call settings are {@link io.github.bcreactive.http.RequestOptions} (the response timeout of an attempt, the
 * call timeout of the whole call, the retry options) and {@link io.github.bcreactive.http.RetryOptions}.
 * {@link io.github.bcreactive.http.Transport} runs the pipeline; it is internal (the type is public only for the
 * library's other packages; no user can build or obtain one). {@link io.github.bcreactive.http.StoreEndpoint} holds
 * a store's address and credentials, and {@link io.github.bcreactive.http.WireVersion} is all the wire needs of an
 * API version.
 */
package io.github.bcreactive.http;
