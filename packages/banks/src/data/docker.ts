import type { Bank } from "../types";

// Docker: o Docker Engine, o que é um container, isolamento e a comparação entre containers e máquinas virtuais.
export const dockerBank: Bank = {
  id: "docker",
  title: "Docker",
  language: "pt-BR",
  description:
    "O Docker Engine, o que é um container e como containers se comparam a máquinas virtuais.",
  questions: [
    {
      id: "docker-01",
      type: "multiple",
      prompt: "Quais afirmações sobre o Docker são verdadeiras?",
      options: [
        "É open source",
        "Cada container precisa de um hypervisor",
        "É escrito principalmente em Go",
        "Só funciona se o LXC estiver instalado",
      ],
      correct: [0, 2],
      explanation:
        "O Docker é open source e escrito principalmente em Go. Containers não usam hypervisor e, embora o Docker tenha usado o LXC no início, hoje ele não depende do LXC.",
      timeLimitSec: 30,
    },
    {
      id: "docker-02",
      type: "single",
      prompt: "Hoje, o que o Docker Engine usa por baixo dos panos para executar os containers?",
      options: [
        "LXC (Linux Containers)",
        "containerd e runc (runtime OCI)",
        "Um hypervisor, como o VirtualBox",
        "O QEMU, emulando cada container",
      ],
      correct: [1],
      explanation:
        "As anotações dizem que o Docker é “baseado em LXC”, mas isso só valeu no início: na versão 0.9 (2014) ele trocou o LXC pela própria libcontainer. Hoje o dockerd usa o containerd, que cria os containers com o runc (runtime OCI).",
      timeLimitSec: 20,
      pointsMode: "double",
    },
    {
      id: "docker-03",
      type: "truefalse",
      prompt: "Containers são exclusivos do Linux: não existem containers Windows.",
      options: ["Verdadeiro", "Falso"],
      correct: [1],
      explanation:
        "As anotações dizem “somente Linux”, mas existem containers Windows (Windows Server containers), com isolamento de processo ou Hyper-V. Eles rodam processos Windows sobre um kernel Windows, assim como containers Linux precisam de um kernel Linux.",
      timeLimitSec: 20,
    },
    {
      id: "docker-04",
      type: "single",
      prompt: "Ao digitar docker run no terminal, quem de fato cria o container?",
      options: [
        "O próprio comando docker, sozinho",
        "O Docker Hub, na nuvem",
        "Uma VM criada para cada comando",
        "O daemon dockerd, que recebe o pedido via API REST",
      ],
      correct: [3],
      explanation:
        "O Docker é cliente–servidor: a CLI docker só envia pedidos à API REST do daemon dockerd (por um socket local ou pela rede). É o daemon que baixa imagens e cria os containers, com a ajuda do containerd.",
      timeLimitSec: 20,
    },
    {
      id: "docker-05",
      type: "single",
      prompt: "Qual é a principal diferença entre um container e uma máquina virtual?",
      options: [
        "A VM tem kernel próprio; o container usa o do host",
        "O container emula todo o hardware da máquina",
        "A VM não consegue rodar Linux",
        "O container precisa de um hypervisor",
      ],
      correct: [0],
      explanation:
        "A VM roda um sistema operacional completo, com kernel próprio, sobre um hypervisor que virtualiza o hardware. O container é um processo isolado que compartilha o kernel do host, por isso é bem mais leve.",
      timeLimitSec: 20,
    },
    {
      id: "docker-06",
      type: "single",
      prompt: "Como o Docker Desktop executa containers Linux em um Mac?",
      options: [
        "Cada container traz o próprio kernel Linux",
        "Traduz as chamadas Linux para o kernel do macOS",
        "Dentro de uma VM Linux leve, que fornece o kernel",
        "Não executa: o Docker não funciona no Mac",
      ],
      correct: [2],
      explanation:
        "O container compartilha o kernel do host, e o macOS não tem kernel Linux. Por isso o Docker Desktop (no Mac e no Windows) roda uma VM Linux leve, e os containers Linux usam o kernel dela. Nada é “simulado”.",
      timeLimitSec: 20,
    },
    {
      id: "docker-07",
      type: "truefalse",
      prompt:
        "Um container Linux precisa de um kernel Linux para rodar, seja o do host, seja o de uma VM.",
      options: ["Verdadeiro", "Falso"],
      correct: [0],
      explanation:
        "Containers não trazem kernel: usam o do sistema onde rodam. As anotações dizem que não é possível “simular” Windows ou Mac; de fato, container não simula sistemas, mas containers Windows existem e usam um kernel Windows.",
      timeLimitSec: 20,
    },
    {
      id: "docker-08",
      type: "truefalse",
      prompt: "Cada container roda o seu próprio kernel, como uma máquina virtual leve.",
      options: ["Verdadeiro", "Falso"],
      correct: [1],
      explanation:
        "Como dizem as anotações, host e container compartilham o kernel. O container leva só os arquivos da aplicação (binários e bibliotecas); quem tem kernel próprio é a máquina virtual.",
      timeLimitSec: 20,
    },
    {
      id: "docker-09",
      type: "single",
      prompt:
        "As anotações descrevem o container como “algo entre um chroot e uma VM”. Por quê?",
      options: [
        "Tem kernel próprio, como uma VM",
        "Isola só os arquivos, como um chroot",
        "Isola mais que um chroot, mas não tem kernel próprio",
        "Precisa de um hypervisor para funcionar",
      ],
      correct: [2],
      explanation:
        "O chroot só muda a raiz do sistema de arquivos de um processo. O container vai além: isola processos, rede e usuários e limita recursos. Mas, diferente de uma VM, ele compartilha o kernel do host.",
      timeLimitSec: 20,
    },
    {
      id: "docker-10",
      type: "multiple",
      prompt: "Quais tipos de isolamento ou limite um container pode ter?",
      options: [
        "Rede própria (interfaces e portas)",
        "Kernel próprio, separado do host",
        "Limites de memória e CPU",
        "Lista de processos própria (PID)",
        "Firmware (BIOS/UEFI) próprio",
      ],
      correct: [0, 2, 3],
      explanation:
        "Namespaces dão ao container rede, PIDs e sistema de arquivos próprios, e cgroups limitam memória e CPU: são os níveis de isolamento citados nas anotações. Kernel e firmware continuam sendo os do host.",
      timeLimitSec: 30,
    },
    {
      id: "docker-11",
      type: "single",
      prompt: "Do ponto de vista do sistema host, o que é um container em execução?",
      options: [
        "Uma máquina virtual completa",
        "Um processo isolado do restante do sistema",
        "Um arquivo com instruções de build",
        "Um driver carregado no kernel",
      ],
      correct: [1],
      explanation:
        "Como dizem as anotações, o container é um processo segregado: roda no kernel do host, isolado por namespaces e limitado por cgroups, com um sistema de arquivos criado a partir de uma imagem.",
      timeLimitSec: 20,
    },
    {
      id: "docker-12",
      type: "single",
      prompt: "Em qual projeto open source o Docker Engine é desenvolvido?",
      options: ["Kubernetes", "OpenStack", "Moby", "Apache Mesos"],
      correct: [2],
      explanation:
        "Desde 2017, o código aberto do Docker Engine é desenvolvido no projeto Moby. Kubernetes orquestra containers, OpenStack gerencia nuvens e Mesos gerencia clusters; nenhum deles é a base do Docker Engine.",
      timeLimitSec: 20,
    },
    {
      id: "docker-13",
      type: "single",
      prompt:
        "Dentro de um container, o processo principal costuma ter PID 1. Que recurso do kernel permite isso?",
      options: [
        "O namespace de PID",
        "O cgroup de memória",
        "Um hypervisor",
        "O storage driver",
      ],
      correct: [0],
      explanation:
        "O namespace de PID dá ao container uma numeração de processos própria: lá dentro o processo principal é o PID 1, enquanto no host ele tem outro PID. Os cgroups limitam recursos, mas não mudam a visão dos processos.",
      timeLimitSec: 20,
    },
    {
      id: "docker-14",
      type: "multiple",
      prompt: "Quais são formas de interagir com o Docker Engine?",
      options: [
        "A CLI docker",
        "Editando o kernel do host",
        "A API REST do daemon",
        "Um Dockerfile, usado no docker build",
        "Pela tela de configuração da BIOS",
      ],
      correct: [0, 2, 3],
      explanation:
        "As anotações descrevem o Docker Engine como uma forma amigável de lidar com containers: CLI, API REST e Dockerfiles. A CLI e outras ferramentas usam a API REST, e o Dockerfile descreve imagens para o docker build.",
      timeLimitSec: 30,
    },
    {
      id: "docker-15",
      type: "single",
      prompt: "Por que um container costuma iniciar em segundos, enquanto uma VM demora mais?",
      options: [
        "Porque o Docker é escrito em Go",
        "O container não precisa dar boot em um kernel próprio",
        "Porque containers não têm sistema de arquivos",
        "Porque containers só rodam na nuvem",
      ],
      correct: [1],
      explanation:
        "Iniciar um container é iniciar um processo isolado no kernel que já está rodando. Uma VM precisa inicializar um sistema operacional inteiro, com kernel próprio, o que leva mais tempo.",
      timeLimitSec: 20,
    },
    {
      id: "docker-16",
      type: "single",
      prompt: "Que tipo de virtualização o Docker faz?",
      options: [
        "Virtualização completa de hardware, com hypervisor",
        "Emulação de CPU de outra arquitetura",
        "Virtualização no nível do sistema operacional",
        "Paravirtualização, com um kernel por container",
      ],
      correct: [2],
      explanation:
        "As anotações dizem que o Docker é virtualização, mas não a tradicional baseada em VMs. É virtualização no nível do sistema operacional: o kernel do host é compartilhado e cada container recebe uma visão isolada do sistema.",
      timeLimitSec: 20,
    },
    {
      id: "docker-17",
      type: "truefalse",
      prompt:
        "Em um host Linux, os processos de um container aparecem na lista de processos do host (por exemplo, em `ps aux`).",
      options: ["Verdadeiro", "Falso"],
      correct: [0],
      explanation:
        "Como o container é só um processo isolado no mesmo kernel, o host enxerga os processos dele, com outros PIDs. O contrário não vale: de dentro do container, o namespace de PID esconde os processos do host.",
      timeLimitSec: 20,
    },
    // Polls and ordering questions come last, after the ids above, so every existing question keeps its
    // place in a game: the poll closes the class (a teacher who wants one to open it writes it in a copy).
    {
      id: "docker-18",
      type: "poll",
      prompt: "Para fechar: depois desta aula, o que você já consegue fazer com containers?",
      options: [
        "Ainda não me sinto seguro para rodar um container",
        "Consigo rodar um container com `docker run`",
        "Consigo escrever um `Dockerfile` simples",
        "Consigo explicar o que acontece por baixo: imagem, camadas, kernel compartilhado",
      ],
      correct: [],
      explanation:
        "Não há resposta certa: a enquete mostra o que a turma leva da aula. Para quem ainda não se sente seguro, as anotações resumem: o Docker é uma engine de administração de containers, e um container é um processo isolado, criado a partir de uma imagem, que compartilha o kernel do host.",
      timeLimitSec: 20,
    },
    {
      id: "docker-19",
      type: "ordering",
      prompt: "Uma aplicação vai rodar em um servidor. Em que ordem acontecem estas etapas?",
      options: [
        "Escrever o Dockerfile",
        "`docker build`: gerar a imagem",
        "`docker push`: enviar a imagem a um registry",
        "`docker run` no servidor: criar e iniciar o container",
      ],
      correct: [0, 1, 2, 3],
      explanation:
        "O Dockerfile traz as instruções; o docker build as executa e gera a imagem; o docker push publica a imagem em um registry, como o Docker Hub; no servidor, o docker run baixa a imagem (pull) se preciso, cria o container a partir dela e o inicia. As anotações chamam a imagem de “um arquivo com instruções”, mas quem tem as instruções é o Dockerfile: a imagem é o resultado do build.",
      timeLimitSec: 45,
    },
    // Typed answers come after polls and ordering, for the same reason: every older question keeps its place.
    {
      id: "docker-20",
      type: "typeAnswer",
      prompt: "Qual comando lista os containers em execução?",
      // docker container ls is the command; ps and list are its aliases, and docker ps the short form.
      options: ["docker ps", "docker container ls", "docker container ps", "docker container list"],
      correct: [],
      explanation:
        "`docker ps` lista os containers em execução; `docker container ls` é o mesmo comando no grupo `container` (onde `ps` e `list` também valem). Com `-a` a lista inclui os parados: um container parado continua existindo até o `docker rm`. Cada linha é um processo isolado rodando no host, o “processo segregado” das anotações.",
      timeLimitSec: 30,
    },
    // Slides and sliders come after the typed answer, for the same reason: every older question keeps
    // its place in a game (and in the tests that play the banks by position). The slide opens this last
    // block: the stop it shows is what the first slider asks about.
    {
      id: "docker-21",
      type: "slide",
      prompt: "A vida de um container",
      options: [],
      correct: [],
      explanation:
        "```sh\ndocker run -d --name web nginx   # cria o container e o inicia\ndocker ps                        # em execução: aparece na lista\ndocker stop web                  # para: o processo termina, o container fica\ndocker ps -a                     # parado, ele continua existindo\ndocker start web                 # inicia de novo o mesmo container\ndocker rm web                    # remove o container (a imagem fica)\n```\n\nO `docker run` junta dois passos: `docker create`, que cria o container a partir da imagem, com a sua camada gravável (baixando a imagem do registry, se ela não estiver no host), e `docker start`, que inicia o processo principal.\n\nO `docker stop` pede ao processo que termine (sinal SIGTERM) e, se ele não terminar dentro de um prazo, força o fim (SIGKILL). Parado, o container não some: a camada gravável e a configuração ficam até o `docker rm`. A imagem continua no host e pode gerar outros containers; para apagá-la, é `docker image rm`.\n\nEnquanto roda, o container é o “processo segregado” das anotações: um processo isolado no kernel do host.",
      timeLimitSec: 20,
    },
    {
      id: "docker-22",
      type: "slider",
      prompt: "Depois do `docker stop`, quantos segundos o Docker espera, por padrão, antes de forçar (SIGKILL) o fim de um container Linux que não terminou sozinho?",
      options: [],
      correct: [],
      explanation:
        "São 10 segundos. O `docker stop` envia o SIGTERM (ou o sinal definido no Dockerfile com `STOPSIGNAL`) e dá esse prazo para o processo encerrar por conta própria: fechar conexões, gravar o que falta. Depois envia o SIGKILL, que o processo não pode tratar nem ignorar: o kernel o encerra na hora. O prazo muda com `docker stop -t 30` ou `docker run --stop-timeout`; containers Windows usam 30 s por padrão. Um container que sempre leva 10 s para parar costuma ter um processo principal que ignora o SIGTERM, como um script de shell no PID 1 que não repassa o sinal.",
      timeLimitSec: 30,
      // Whole seconds up to a minute: 10 is the answer; 9 or 11 still earn part of the points.
      slider: { min: 0, max: 60, step: 1, answer: 10, tolerance: 0, unit: "segundos" },
    },
    {
      id: "docker-23",
      type: "slider",
      prompt: "Em que ano o Docker foi apresentado e teve o seu código aberto?",
      options: [],
      correct: [],
      explanation:
        "Em 2013: em março, Solomon Hykes apresentou o Docker na PyCon, e a dotCloud, empresa que o criou (e que no mesmo ano passou a se chamar Docker, Inc.), abriu o código. Nas primeiras versões o Docker de fato criava os containers com o LXC: daí o “baseado em LXC” das anotações. Em 2014, na versão 0.9, ele passou a usar a própria libcontainer, e hoje usa o containerd e o runc. Os recursos do kernel por baixo (namespaces e cgroups) já existiam: o Docker os tornou fáceis de usar, com imagens e uma CLI simples.",
      timeLimitSec: 30,
      // A year on a 25-year scale: only the exact year is right; a year off still earns part of the points.
      slider: { min: 2000, max: 2025, step: 1, answer: 2013, tolerance: 0, unit: "" },
    },
  ],
};
