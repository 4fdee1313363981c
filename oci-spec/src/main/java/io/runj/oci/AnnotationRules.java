package io.runj.oci;

/** The runtime spec forbids empty annotation keys. */
final class AnnotationRules {
    private AnnotationRules() {}

    static void check(Spec spec, Errors errors) {
        if (Rules.orEmpty(spec.getAnnotations()).containsKey("")) {
            errors.add("annotations", "keys must not be empty");
        }
    }
}
