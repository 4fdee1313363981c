/**
 * The OCI runtime-spec model of runj: {@code config.json} ({@link io.runj.oci.Spec}) and the state
 * runj prints ({@link io.runj.oci.State}), read with {@link io.runj.oci.ConfigLoader}, checked with
 * {@link io.runj.oci.SpecValidator} and written byte-compatibly with runc by
 * {@link io.runj.oci.OciJson}. {@link io.runj.oci.Specs} makes the default config of {@code runj spec}.
 *
 * <p>Model objects are mutable; absent members are {@code null}, and members the model does not
 * know are kept in {@link io.runj.oci.Extensible#unknownFields()} so no data is lost on rewrite.
 */
package io.runj.oci;
