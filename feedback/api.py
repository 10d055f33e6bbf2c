"""The JSON API's contract in one place: the error body, the constrained types that both check
requests and appear in the OpenAPI document, and the error answers every operation documents.

Integrators generate clients from `/api/schema/openapi.json`, so the document must say what the
server does. These keep the two from drifting apart:

- Constraints live in types (`Annotated[..., Meta(...)]` in msgspec structs, `Parameter(...)`
  for query and path parameters, `Literal` for closed sets): litestar validates with them and
  documents them, from the same object.
- `StrictStructSchemaPlugin` adds what litestar leaves out of a struct's schema:
  `additionalProperties: false` for structs that refuse unknown fields, the "at least one of
  these fields" rule that a struct declares in `requires_one_of` (checked by `check_one_of`),
  `exactly_one_of`, the bounds of a list's items, and "no NUL" on free strings.
- `strict_json_body` reads a body as strictly as the schema does (litestar's own conversion is
  lax: it takes `0` for false and `"1"` for 1), and refuses NUL in any string.
- `document_errors` gives every operation in the schema the error answers it can give, derived
  from its shape (guards: 401/403; a path parameter: 404; a body: 413; any input: 400; the
  database: 503), with the one `ErrorBody` that `render_error` writes. A new route gets them
  without a line of its own; a handler adds what its shape cannot tell (429, 409) with
  `errors(...)`. `complete_document` adds `Retry-After` and a download's media types.
- `complete_allow_header` makes an OPTIONS answer's `Allow` list every method of its path.
"""

from __future__ import annotations

import re
from http import HTTPStatus
from typing import TYPE_CHECKING, Annotated, Any

import msgspec
from litestar import Request, Response
from litestar._openapi.plugin import OpenAPIPlugin
from litestar._openapi.schema_generation.plugins.struct import StructSchemaPlugin
from litestar.exceptions import ClientException, HTTPException, ValidationException
from litestar.openapi.datastructures import ResponseSpec
from litestar.openapi.spec import (
    OpenAPIFormat,
    OpenAPIHeader,
    OpenAPIMediaType,
    OpenAPIResponse,
    OpenAPIType,
    Schema,
)
from litestar.openapi.spec import Parameter as OpenAPIParameter
from litestar.params import Parameter
from litestar.routes import HTTPRoute

if TYPE_CHECKING:
    from litestar import Litestar
    from litestar._openapi.schema_generation import SchemaCreator
    from litestar.types import Message, Scope
    from litestar.typing import FieldDefinition

# Ids are PostgreSQL `integer` (SERIAL) columns: a larger number names no row, and the database
# would refuse to compare with it. The schema says so, and such a request gets a 400.
MAX_ROW_ID = 2_147_483_647
# 1 MB: ten times the longest opinion in the widest script, and small enough to refuse floods.
MAX_BODY_BYTES = 1_048_576


class ErrorExtra(msgspec.Struct, omit_defaults=True):
    """What a client needs to point at the problem: the offending `field` and, where the
    server has one, a stable machine-readable `code` (`invalid` for what the schema forbids)."""

    field: str | None = None
    code: str | None = None


class ErrorBody(msgspec.Struct, omit_defaults=True):
    """The body of every error answer of the JSON API. `detail` says what to do, in English."""

    status_code: int
    detail: str
    extra: ErrorExtra | None = None


# What each status means for this API; the descriptions go into the OpenAPI document.
ERROR_DESCRIPTIONS: dict[int, str] = {
    400: "Bad input: `detail` says what to fix, `extra.field` names the field "
    "(and `extra.code`, where there is one, is a stable name for the problem)",
    401: "Not signed in: send `Authorization: Bearer <token>` (`feedback users token`)",
    403: "Signed in, but this account's role may not do this",
    404: "No such resource (or not one this account may see)",
    409: "The request conflicts with the resource's current state",
    413: f"The request body is over {MAX_BODY_BYTES // 1024} KB",
    429: "Too many requests from this client: wait the `Retry-After` seconds",
    503: "The database or the job queue is briefly unreachable: retry after `Retry-After` seconds",
}


def error_spec(status: int, description: str | None = None) -> ResponseSpec:
    return ResponseSpec(
        data_container=ErrorBody,
        description=description or ERROR_DESCRIPTIONS.get(status) or HTTPStatus(status).phrase,
        generate_examples=False,
    )


def errors(*statuses: int, **descriptions: str) -> dict[int, ResponseSpec]:
    """Error answers a handler gives that its shape does not tell (`responses=errors(429)`);
    `document_errors` adds the rest. `descriptions` override by `status_404="..."`."""
    return {status: error_spec(status, descriptions.get(f"status_{status}")) for status in statuses}


def error_response(
    status: int,
    detail: str,
    *,
    field: str | None = None,
    code: str | None = None,
    headers: dict[str, str] | None = None,
) -> Response[ErrorBody]:
    extra = ErrorExtra(field=field, code=code) if field or code else None
    return Response(
        ErrorBody(status_code=status, detail=detail, extra=extra),
        status_code=status,
        headers=headers,
    )


def _description(request: Request, key: str) -> str | None:
    """What the schema says a parameter or body field must be (its `description`)."""
    handler = request.scope.get("route_handler")
    if handler is None:
        return None
    name = re.split(r"[.\[]", key, maxsplit=1)[0]
    parameter = handler.parsed_fn_signature.parameters.get(name)
    if parameter is not None and name != "data":
        return getattr(parameter.kwarg_definition, "description", None)
    kind: Any = msgspec.inspect.type_info(_body_struct(handler) or type(None))
    for part in re.sub(r"\[[0-9]+\]", "", key).split("."):  # "body.vi", "ids[0]"
        kind = _field_type(kind, part)
        if kind is None:
            return None
    for option in getattr(kind, "types", (kind,)):  # a union, or one type
        extra = getattr(option, "extra_json_schema", None) or {}
        if extra.get("description"):
            return str(extra["description"])
    return None


def _field_type(kind: Any, name: str) -> Any:
    """The msgspec.inspect type of field `name` of a struct type (or of a union holding one)."""
    for option in getattr(kind, "types", (kind,)):
        option = getattr(option, "type", option) if hasattr(option, "extra_json_schema") else option
        for field in getattr(option, "fields", ()):
            if field.encode_name == name:
                return field.type
    return None


def _validation_detail(request: Request, problem: dict[str, Any]) -> tuple[str, str | None]:
    """litestar's own validation errors ([{"message", "key", "source"}]) as a sentence."""
    key = problem.get("key") or None
    message = str(problem.get("message") or "invalid value")
    if problem.get("source") == "body" and key == "data" and message == "'data'":
        return "the request needs a JSON body", None
    if key and message == f"'{key}'":  # a missing required field
        return f"{key} is required", key
    if key and "regex" in message:  # a pattern says nothing to a person: say what is wanted
        wanted = _description(request, key)
        got = re.search(r" \(got .*\)$", message, re.DOTALL)
        if wanted and got:
            return f"{key}: {wanted}{got.group(0)}", key
        if wanted:
            return f"{key}: {wanted}", key
    return (f"{key}: {message}" if key and key != "data" else message), key


def render_error(request: Request, error: HTTPException) -> Response[ErrorBody]:
    """Every HTTP error as an `ErrorBody`; litestar's validation list becomes `field`."""
    detail = error.detail or HTTPStatus(error.status_code).phrase
    field: str | None = None
    code: str | None = None
    extra = error.extra
    if isinstance(extra, dict):
        field = str(extra["field"]) if extra.get("field") else None
        code = str(extra["code"]) if extra.get("code") else None
    elif isinstance(extra, list) and extra and isinstance(extra[0], dict):
        detail, field = _validation_detail(request, extra[0])
        code = "invalid"
    if error.status_code == 413:
        detail = (
            f"the request body is over {MAX_BODY_BYTES // 1024} KB; "
            "an opinion may be at most 10,000 characters"
        )
    return error_response(
        error.status_code, detail, field=field, code=code, headers=dict(error.headers or {})
    )


# --- the OpenAPI document -------------------------------------------------------------------


def _given(value: Any, not_blank: bool) -> bool:
    if value is msgspec.UNSET:
        return False
    return not (not_blank and isinstance(value, str) and not value.strip())


def check_one_of(struct: Any) -> None:
    """For a struct's `__post_init__`: refuse it unless one of `requires_one_of` is given
    (and, with `one_of_not_blank`, is not blank).

    msgspec turns the ValueError into a validation error (400), and the schema says the same
    with `anyOf` of `required` (see StrictStructSchemaPlugin). Such fields default to
    `msgspec.UNSET`, so that "left out" and null differ; or to "" with `one_of_not_blank`."""
    names: tuple[str, ...] = type(struct).requires_one_of
    not_blank: bool = getattr(type(struct), "one_of_not_blank", False)
    if not any(_given(getattr(struct, name), not_blank) for name in names):
        raise ValueError(
            f"nothing to change: give {', '.join(names[:-1])} or {names[-1]}"
            + (" (not blank)" if not_blank else "")
        )


# msgspec's JSON schema keys that litestar's Schema takes as they are.
_ITEM_KEYS = {
    "minimum": "minimum",
    "maximum": "maximum",
    "minLength": "min_length",
    "maxLength": "max_length",
    "pattern": "pattern",
}


def _constrain_items(struct: type[msgspec.Struct], schema: Schema) -> None:
    """litestar drops the constraints of a list's items (`list[Annotated[int, Meta(ge=1)]]`):
    copy them from msgspec's own schema of the field."""
    for field in msgspec.structs.fields(struct):
        prop = (schema.properties or {}).get(field.encode_name)
        if not isinstance(prop, Schema):
            continue
        arrays = [s for s in (prop, *(prop.one_of or [])) if isinstance(s, Schema) and s.items]
        if not arrays:
            continue
        field_schema = msgspec.json.schema(field.type)
        options = field_schema.get("anyOf", [field_schema])
        items = next((o["items"] for o in options if o.get("type") == "array"), None)
        if isinstance(items, dict):
            for array in arrays:
                for key, attribute in _ITEM_KEYS.items():
                    if key in items and isinstance(array.items, Schema):
                        setattr(array.items, attribute, items[key])


def _forbid_nul(schema: Any) -> None:
    """NO_NUL on a string schema without a pattern of its own, and on the strings in it
    (`str | None` is a oneOf; a list's items)."""
    if not isinstance(schema, Schema):
        return
    types = schema.type if isinstance(schema.type, list) else [schema.type]
    options = [option for option in (schema.one_of or []) if isinstance(option, Schema)]
    is_string = OpenAPIType.STRING in types or any(o.type == OpenAPIType.STRING for o in options)
    constrained = schema.pattern or schema.enum or schema.const is not None
    if is_string and not constrained and not any(o.pattern or o.enum for o in options):
        schema.pattern = NO_NUL
    for inner in (schema.items, *(option.items for option in options)):
        _forbid_nul(inner)


class StrictStructSchemaPlugin(StructSchemaPlugin):
    """litestar's struct schemas, plus `additionalProperties: false` where the struct refuses
    unknown fields, `anyOf` required fields where it declares `requires_one_of` and `oneOf`
    where it declares `exactly_one_of`."""

    def to_openapi_schema(
        self, field_definition: FieldDefinition, schema_creator: SchemaCreator
    ) -> Schema:
        schema = super().to_openapi_schema(field_definition, schema_creator)
        struct = field_definition.type_
        _constrain_items(struct, schema)
        if struct.__struct_config__.forbid_unknown_fields:
            # A request body (every one refuses unknown fields; no answer does): what
            # strict_json_body refuses, the schema forbids. Answers promise nothing of the kind.
            schema.additional_properties = False
            for prop in (schema.properties or {}).values():
                _forbid_nul(prop)
        exactly_one_of: tuple[str, ...] = getattr(struct, "exactly_one_of", ())
        if exactly_one_of:
            # Given as a non-blank string, in one of these fields and one only (null and ""
            # count as left out); the service that takes the struct checks the same.
            schema.one_of = [
                Schema(
                    required=[name],
                    properties={name: Schema(type=OpenAPIType.STRING, pattern=r"\S")},
                )
                for name in exactly_one_of
            ]
        required_one_of: tuple[str, ...] = getattr(struct, "requires_one_of", ())
        if required_one_of:
            # `\S`, as Python's str.strip() sees white space: what check_one_of takes as blank.
            not_blank = getattr(struct, "one_of_not_blank", False)
            schema.any_of = [
                Schema(
                    required=[name],
                    properties={name: Schema(pattern=r"\S")} if not_blank else None,
                )
                for name in required_one_of
            ]
            schema.min_properties = 1
        return schema


# Reserved names litestar injects into handlers: not client input.
_INJECTED = {"request", "state", "scope", "headers", "cookies", "query", "body", "socket"}


def _answers(route: HTTPRoute, handler: Any) -> list[int]:
    parameters = set(handler.parsed_fn_signature.parameters) - _INJECTED
    has_body = "data" in parameters
    statuses = [503]  # every operation reads the database
    if parameters:
        statuses.append(400)
    if handler.resolve_guards():
        statuses += [401, 403]
    if "{" in route.path:
        statuses.append(404)
    if has_body:
        statuses.append(413)
    return statuses


def document_errors(app: Litestar) -> None:
    """Give every operation in the schema the error answers it can give (see the module
    docstring); a handler's own `responses` win. Called once, before the schema is built."""
    for route in app.routes:
        if not isinstance(route, HTTPRoute):
            continue
        for handler in route.route_handlers:
            if not handler.resolve_include_in_schema():
                continue
            derived = {status: error_spec(status) for status in _answers(route, handler)}
            handler.responses = {**derived, **(handler.responses or {})}


def _methods_by_path(app: Litestar) -> dict[str, str]:
    methods = getattr(app.state, "_allowed_methods", None)
    if methods is None:
        methods = {
            route.path_format: ", ".join(sorted(route.methods))
            for route in app.routes
            if isinstance(route, HTTPRoute)
        }
        app.state._allowed_methods = methods
    return methods


async def complete_allow_header(message: Message, scope: Scope) -> None:
    """A `before_send` hook: an OPTIONS answer lists every method of its path in `Allow`.

    litestar builds a path's OPTIONS handler with the methods known when the first handler of
    that path registers; methods added to the path after it (GET and PATCH on one path, say)
    are missing from its `Allow`. 405 answers list them all already."""
    if message["type"] != "http.response.start" or scope.get("method") != "OPTIONS":
        return
    allowed = _methods_by_path(scope["app"]).get(scope.get("path_template", ""))  # type: ignore[arg-type]
    if allowed:
        headers = [(k, v) for k, v in message.get("headers", []) if k.lower() != b"allow"]
        headers.append((b"allow", allowed.encode()))
        message["headers"] = headers  # type: ignore[typeddict-unknown-key]


# Path and query parameters that name a row by its id.
RowIdPath = Annotated[int, Parameter(ge=1, le=MAX_ROW_ID, description="An id (from 1)")]


def refused(detail: str, field: str | None = None, status: int = 400) -> HTTPException:
    """The exception for a request the server refuses: 400 (bad input) by default, 409 when it
    names something that does not exist (yet, or any more)."""
    extra = {"field": field} if field else None
    if status == 400:
        return ValidationException(detail=detail, extra=extra)
    return ClientException(status_code=status, detail=detail, extra=extra)


# --- strict request bodies --------------------------------------------------------------------

_AT_PATH = re.compile(r" - at `\$\.?(?P<path>[^`]*)`$")
_UNKNOWN_FIELD = re.compile(r"Object contains unknown field `(?P<name>[^`]*)`")


def _body_struct(handler: Any) -> type[msgspec.Struct] | None:
    """The msgspec struct a JSON API handler takes as `data`, if any."""
    parameter = handler.parsed_fn_signature.parameters.get("data")
    if parameter is None:
        return None
    annotation = parameter.annotation
    return (
        annotation
        if isinstance(annotation, type) and issubclass(annotation, msgspec.Struct)
        else None
    )


# PostgreSQL cannot store U+0000 in text, and no person types it: refused in every string, and
# the schema's strings say so (NO_NUL on those without a pattern of their own).
NO_NUL = "^[^\\x00]*$"


def _integral_floats_as_ints(value: Any) -> Any:
    """JSON Schema's `integer` takes 2.0; msgspec's strict int does not: read 2.0 as 2 (a float
    field takes an int as it is)."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, list):
        return [_integral_floats_as_ints(item) for item in value]
    if isinstance(value, dict):
        return {key: _integral_floats_as_ints(item) for key, item in value.items()}
    return value


def _nul_at(value: Any, path: str = "") -> str | None:
    """The path of the first string (or key) holding U+0000, if any."""
    if isinstance(value, str):
        return path if "\x00" in value else None
    if isinstance(value, list):
        for index, item in enumerate(value):
            if (found := _nul_at(item, f"{path}[{index}]")) is not None:
                return found
    if isinstance(value, dict):
        for key, item in value.items():
            where = f"{path}.{key}" if path else str(key)
            if "\x00" in str(key):
                return where
            if (found := _nul_at(item, where)) is not None:
                return found
    return None


def _value_at(value: Any, path: str) -> Any:
    """The value at a msgspec error path ("body.vi", "ids[0]") of a decoded body, if any."""
    for part in re.findall(r"[^.\[\]]+|\[[0-9]+\]", path):
        if part.startswith("[") and isinstance(value, list):
            index = int(part[1:-1])
            value = value[index] if index < len(value) else None
        elif isinstance(value, dict):
            value = value.get(part)
        else:
            return None
    return value


def _refuse_nul(where: str, source: str) -> ValidationException:
    where = where.replace("\x00", "\\u0000")  # named, not echoed: an answer holds no NUL
    return ValidationException(
        detail="the request is not valid",
        extra=[{"message": "contains a NUL character (U+0000)", "key": where, "source": source}],
    )


async def strict_json_body(request: Request) -> None:
    """A `before_request` hook: decode a JSON API body as strictly as the schema reads it.

    litestar converts bodies leniently (`"1"` for an integer, `0` for false), so it would accept
    bodies that the OpenAPI schema says are invalid. msgspec's strict JSON decoding is the
    schema's own reading; a body it refuses gets the 400 that litestar gives any invalid body.
    Malformed JSON is left to litestar, which refuses it the same way."""
    if not request.url.path.startswith("/api/"):
        return
    for name, value in request.query_params.items():
        if "\x00" in name or "\x00" in value:
            raise _refuse_nul(name, "query")
    struct = _body_struct(request.route_handler)
    if struct is None:
        return
    try:
        body = _integral_floats_as_ints(msgspec.json.decode(await request.body()))
        msgspec.convert(body, type=struct, strict=True)
    except msgspec.ValidationError as error:
        message = str(error)
        found = _AT_PATH.search(message)
        key = found.group("path") if found else ""
        message = _AT_PATH.sub("", message)
        value = _value_at(body, key)
        if "regex" in message and isinstance(value, str):
            message += f" (got {value[:80]!r})"
        if unknown := _UNKNOWN_FIELD.match(message):
            key = f"{key}.{unknown.group('name')}" if key else unknown.group("name")
        elif not key:  # the struct's own check (check_one_of): name its first field
            key = next(iter(getattr(struct, "requires_one_of", ())), "")
        raise ValidationException(
            detail="the request body is not valid",
            extra=[{"message": message, "key": key or "data", "source": "body"}],
        ) from None
    except msgspec.DecodeError:
        return
    if (where := _nul_at(body)) is not None:
        raise _refuse_nul(where or "data", "body")


# --- what the document says beyond the handlers' types -----------------------------------------


def _retry_after() -> OpenAPIHeader:
    return OpenAPIHeader(
        schema=Schema(type=OpenAPIType.STRING, pattern="^[0-9]+$"),
        description="Seconds to wait before trying again",
    )


def complete_document(app: Litestar) -> None:
    """Build the OpenAPI document once, when the app is made, and add to it what litestar's
    handler options cannot say: the `Retry-After` header of 429 and 503 answers, and the media
    types of a download (a handler's `opt={"media_types": [...]}`). litestar keeps the document
    it built; later requests for it serve this one."""
    document_errors(app)
    openapi = app.plugins.get(OpenAPIPlugin).provide_openapi()
    for route in app.routes:
        if not isinstance(route, HTTPRoute) or not openapi.paths:
            continue
        path_item = openapi.paths.get(route.path_format)
        if path_item is None:
            continue
        for handler in route.route_handlers:
            for method in handler.http_methods:
                operation = getattr(path_item, method.lower(), None)
                if operation is None or not operation.responses:
                    continue
                for parameter in operation.parameters or []:
                    if isinstance(parameter, OpenAPIParameter) and parameter.param_in == "query":
                        _forbid_nul(parameter.schema)
                for status in ("429", "503"):
                    response = operation.responses.get(status)
                    if isinstance(response, OpenAPIResponse):
                        response.headers = {"Retry-After": _retry_after()}
                media_types = handler.opt.get("media_types")
                success = operation.responses.get(str(handler.status_code))
                if media_types and isinstance(success, OpenAPIResponse):
                    success.content = {
                        media_type: OpenAPIMediaType(
                            schema=Schema(type=OpenAPIType.STRING, format=OpenAPIFormat.BINARY)
                        )
                        for media_type in media_types
                    }
