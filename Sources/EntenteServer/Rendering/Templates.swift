import Mustache

/// The pages' Mustache templates, embedded at build time from `Templates/`
/// (see the EmbedFiles plugin) and parsed once.
struct Templates: Sendable {
    let library: MustacheLibrary

    /// Parses every embedded `NAME.mustache` as template NAME, after
    /// registering ``SafeHTML`` which their first lines name.
    init(files: [String: String] = EmbeddedFiles.files) throws {
        MustacheContentTypes.register(SafeHTML(), named: SafeHTML.name)
        var library = MustacheLibrary()
        for (file, text) in files where file.hasSuffix(".mustache") {
            try library.register(text, named: String(file.dropLast(".mustache".count)))
        }
        self.library = library
    }

    /// The page `name` rendered with `view`'s stored properties.
    func render(_ view: Any, as name: String) -> String {
        guard let html = library.render(view, withTemplate: name) else {
            preconditionFailure("no template named \(name)")
        }
        return html
    }
}
