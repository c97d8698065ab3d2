<%@ page session="false" trimDirectiveWhitespaces="true" %><%
    // /.well-known/oauth-protected-resource/vetassist/mcp -> /vetassist/.well-known/oauth-protected-resource/mcp
    String path = request.getPathInfo();
    int slash = path == null ? -1 : path.indexOf('/', 1);
    if (slash < 0 || !path.matches("[A-Za-z0-9._~/-]+")) {
        response.sendError(404);
        return;
    }
    response.setStatus(308);
    response.setHeader("Location", path.substring(0, slash) + "/.well-known/oauth-protected-resource"
            + path.substring(slash));
    response.setHeader("Access-Control-Allow-Origin", "*");
%>
