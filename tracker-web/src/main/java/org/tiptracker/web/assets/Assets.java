package org.tiptracker.web.assets;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * The URL of a static file with its content's hash in the name
 * ({@code /css/tracker-0f3c….css}, {@code /webjars/bootstrap/5.3.8/dist/css/bootstrap.rtl.min-9a1b….css}),
 * for templates: {@code th:href="@{${assets.url('/css/tracker.css')}}"}. Such a URL names one
 * content for ever, so browsers keep the file a year without asking again
 * ({@link LongLivedAssets}); a new release changes the hash and so the URL.
 * <p>
 * Every Thymeleaf view sees it as {@code assets} ({@link AssetsInViews}), also a page rendered
 * outside a controller such as the refused-body page.
 * <p>
 * Each URL is worked out once: the files do not change while the application runs. (The resource
 * chain's URL-rewriting filter would look up every link of every page instead.)
 */
@Component("assets")
public class Assets {

    static final String ATTRIBUTE = "assets";

    private final ObjectProvider<ResourceUrlProvider> resourceUrls;
    private final Map<String, String> urls = new ConcurrentHashMap<>();

    /** The provider is looked up on first use: it is made by the MVC configuration that registers this interceptor. */
    public Assets(ObjectProvider<ResourceUrlProvider> resourceUrls) {
        this.resourceUrls = resourceUrls;
    }

    /** The versioned URL of the file at {@code path}; the path itself when no file is there. */
    public String url(String path) {
        return urls.computeIfAbsent(path, key -> {
            String versioned = resourceUrls.getObject().getForLookupPath(key);
            return versioned == null ? key : versioned;
        });
    }
}
