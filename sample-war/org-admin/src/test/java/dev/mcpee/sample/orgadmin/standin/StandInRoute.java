package dev.mcpee.sample.orgadmin.standin;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One operation of the stand-in: its method, its path under the organization's base (with {@code {x}} for a
 * path parameter), the Management API scope a token needs for it, and what it does.
 *
 * @param method  e.g. {@code GET}
 * @param path    the compiled path
 * @param scope   e.g. {@code internal_application_mgt_view}
 * @param handler what answers it
 */
record StandInRoute(String method, Pattern path, String scope, Handler handler) {

    /** Answers a request, given the path parameters in order. */
    @FunctionalInterface
    interface Handler {
        StandInResponse handle(StandInRequest request, List<String> pathParameters);
    }

    /** A route for {@code path}, e.g. {@code /api/server/v1/applications/{id}}. */
    static StandInRoute of(String method, String path, String scope, Handler handler) {
        return new StandInRoute(method, Pattern.compile(path.replaceAll("\\{[^}]+}", "([^/]+)")), scope, handler);
    }

    /** The path parameters when this route takes the request, else null. */
    List<String> match(StandInRequest request) {
        Matcher matcher = path.matcher(request.path());
        if (!method.equals(request.method()) || !matcher.matches()) {
            return null;
        }
        String[] parameters = new String[matcher.groupCount()];
        for (int i = 0; i < parameters.length; i++) {
            parameters[i] = matcher.group(i + 1);
        }
        return List.of(parameters);
    }
}
