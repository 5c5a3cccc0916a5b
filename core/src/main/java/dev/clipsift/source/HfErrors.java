package dev.clipsift.source;

/** The Hugging Face Hub's refusals in words, refined by the {@code X-Error-Code} header the Hub sends. */
final class HfErrors {
    private HfErrors() {}

    /** One line for people (without the path the request was about). */
    static String describe(HttpFetcher.Refused e, boolean hasToken, String revision) {
        String code = e.errorCode() == null ? "" : e.errorCode();
        String why =
                switch (e.status()) {
                    case 401 -> hasToken
                            ? "access denied (HTTP 401): no such dataset, or the token is invalid or has no access to it"
                            : "needs a token (HTTP 401): the dataset is private or gated, or does not exist; set HF_TOKEN or log in with `hf auth login`";
                    case 403 -> "access denied (HTTP 403): accept the dataset's terms on the Hub"
                            + (hasToken ? " with the account of this token" : " and set HF_TOKEN")
                            + ", or use a token with read access";
                    case 404 -> switch (code) {
                        case "RevisionNotFound" -> "no such revision '" + revision + "' (HTTP 404)";
                        case "RepoNotFound" -> "no such dataset (HTTP 404)";
                        default -> "no such dataset or path (HTTP 404)";
                    };
                    default -> null;
                };
        return why != null ? why : e.why();
    }
}
