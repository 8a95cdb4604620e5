import type { Front } from "../state/front.js";
import type { State } from "../state/reducer.js";
import { ActorPage } from "./ActorPage.js";
import { ActorsView } from "./ActorsView.js";
import { ArticlesView } from "./ArticlesView.js";
import { QuotesView } from "./QuotesView.js";
import { ReaderPage } from "./ReaderPage.js";
import { SearchPage } from "./SearchPage.js";
import { TimelineView } from "./TimelineView.js";

export type BodyProps = {
  readonly front: Front;
  readonly state: State;
  readonly cursor: number;
  readonly height: number;
  readonly loading: boolean;
};

/** Whatever is in front: a view, a page or the reader. */
export function Body({ front, state, cursor, height, loading }: BodyProps) {
  const marked = state.marked;
  switch (front.kind) {
    case "timeline":
      return <TimelineView rows={front.rows} cursor={cursor} height={height} marked={marked} loading={loading} />;
    case "actors":
      return (
        <ActorsView
          rows={front.rows}
          cursor={cursor}
          height={height}
          marked={marked}
          kind={state.actorKind}
          loading={loading}
        />
      );
    case "quotes":
      return <QuotesView rows={front.rows} cursor={cursor} height={height} marked={marked} loading={loading} />;
    case "articles":
      return <ArticlesView rows={front.rows} cursor={cursor} height={height} marked={marked} loading={loading} />;
    case "actor":
      return <ActorPage actor={front.actor} rows={front.rows} cursor={cursor} height={height} marked={marked} />;
    case "search":
      return (
        <SearchPage
          query={state.query}
          editing={state.mode === "search"}
          rows={front.rows}
          cursor={cursor}
          height={height}
          marked={marked}
        />
      );
    case "reader":
      return <ReaderPage layout={front.layout} scroll={cursor} height={height} />;
  }
}
