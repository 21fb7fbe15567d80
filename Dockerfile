# syntax=docker/dockerfile:1
# pplint container image: a static binary on distroless, running as non-root.
#   docker build -t pplint .
#   docker run --rm -v "$PWD:/src" pplint check .
# The release workflow builds it for linux/amd64 and linux/arm64 with
# VERSION, COMMIT and DATE set; the Go build runs on the build platform and
# cross-compiles, so no emulation is needed.

FROM --platform=$BUILDPLATFORM golang:1.26.8-bookworm AS build
WORKDIR /go/src/pplint
COPY go.mod go.sum ./
RUN --mount=type=cache,target=/go/pkg/mod go mod download && go mod verify
COPY . .
ARG TARGETOS=linux TARGETARCH=amd64 VERSION="" COMMIT="" DATE=""
RUN --mount=type=cache,target=/go/pkg/mod --mount=type=cache,target=/root/.cache/go-build \
    CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH \
    go build -trimpath -tags ne \
      -ldflags "-s -w -X main.version=$VERSION -X main.commit=$COMMIT -X main.date=$DATE" \
      -o /out/pplint ./cmd/pplint
# Smoke test on the build platform's own binary when it matches the target.
RUN if [ "$(go env GOARCH)" = "$TARGETARCH" ]; then /out/pplint version; fi

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/pplint /usr/local/bin/pplint
COPY LICENSE THIRD_PARTY_NOTICES.md /usr/share/doc/pplint/
USER nonroot:nonroot
WORKDIR /src
ENTRYPOINT ["pplint"]
CMD ["check", "."]
